/**
 * Claim extraction in stages over Apache OpenNLP: the {@link org.w3id.claimgraph.extract.Segmenter}
 * (the one segmentation of an article into blocks and sentences), the annotator (tokens, tags,
 * lemmas, concepts, qualifier cues), the discourse (topic, anaphora, questions, lead-ins, speakers)
 * and the claim finder (relation cues, scopes, roles), driven by the cue lexicons of {@code
 * ontology/cues}.
 */
package org.w3id.claimgraph.extract;
