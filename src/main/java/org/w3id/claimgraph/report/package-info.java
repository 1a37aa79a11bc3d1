/** Writing answers for people and programs: text tables, the documented JSON interface, and CSV. */
package org.w3id.claimgraph.report;
