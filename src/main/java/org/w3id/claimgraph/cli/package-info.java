/**
 * The command line: one thin class per subcommand, which parses options, calls the pipeline stages
 * and prints what was asked for on standard output (progress and errors on standard error).
 */
package org.w3id.claimgraph.cli;
