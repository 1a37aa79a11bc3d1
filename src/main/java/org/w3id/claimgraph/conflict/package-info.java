/**
 * Conflicts between claims: derived by the generic rule query at build time, then read back and
 * ranked for the reader.
 */
package org.w3id.claimgraph.conflict;
