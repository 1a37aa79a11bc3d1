/**
 * What the tool derives from the claims, and owns: the conflicts between the propositions claims
 * make (the rules, the concept hierarchy, the clinical risk of each condition), and the grade of
 * every claim (the policy, its factors in order, the reasons in words), with the writers of both
 * graphs and the step that runs them after articles change.
 */
package org.w3id.claimgraph.derive;
