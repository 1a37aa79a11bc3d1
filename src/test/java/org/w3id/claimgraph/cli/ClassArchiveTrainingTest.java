package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The archive's training reads an endpoint of its own with each reading command: a command that
 * could not reach it, or that failed on it, would leave its classes out of the archive.
 */
class ClassArchiveTrainingTest {
  @Test
  void everyReadingCommandRunsAgainstTheInProcessEndpoint() {
    assertThat(ClassArchiveTraining.run()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void onlyTheRunThatMakesTheArchiveTrainsIt() {
    assertThat(ClassArchiveTraining.enabled()).isFalse();
  }
}
