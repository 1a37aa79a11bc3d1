package org.w3id.claimgraph.ingest;

import java.util.List;

/**
 * What an ingest did: the articles added or replaced, those unchanged, and the claims extracted.
 */
public record IngestResult(
    List<String> written, List<String> unchanged, int claims, long conflicts) {}
