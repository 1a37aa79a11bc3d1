/**
 * Re-anchoring: where a claim's quote is in an article's text after the text changed, by its
 * offsets, by its quote and context, or through a word diff of the old and new text.
 */
package org.w3id.claimgraph.anchor;
