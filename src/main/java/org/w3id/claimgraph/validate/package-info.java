/**
 * SHACL validation of built graphs against the shapes in {@code ontology/shapes.ttl}: the build
 * refuses data that violates them, and {@code claimgraph validate} reports on a store.
 */
package org.w3id.claimgraph.validate;
