package org.w3id.claimgraph.extract;

/** A found cue: what it says ({@code kind}, and {@code direction} for relations) and its tokens. */
record Cue(String kind, String direction, String pattern, int from, int to) {}
