/**
 * Bringing new articles in: reading plain text, Markdown and saved web pages, extracting their
 * claims, and either adding them to the store in one batch (ingest) or testing them against it
 * without storing anything (check).
 */
package org.w3id.claimgraph.ingest;
