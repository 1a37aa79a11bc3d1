/**
 * Reviewers' adjudications: a claim or a conflict confirmed, dismissed, marked as needing context,
 * or a claim's verdict overridden, each recorded as a Web Annotation ({@code oa:assessing}) with
 * PROV in the store's reviews graph, which every build, ingest and derivation keeps.
 */
package org.w3id.claimgraph.review;
