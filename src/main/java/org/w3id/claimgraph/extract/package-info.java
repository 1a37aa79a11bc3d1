/**
 * Language processing of article text with Apache OpenNLP: sentences now, and the claim extractor
 * built on tokens, part-of-speech tags and lemmas.
 */
package org.w3id.claimgraph.extract;
