package io.finnexus.batch.jobs;

import org.springframework.batch.core.step.StepContribution;

/** Adds bulk counts to a tasklet's contribution (Spring Batch only increments reads one by one). */
public final class Counts {

  private Counts() {}

  public static void read(StepContribution contribution, long items) {
    for (long i = 0; i < items; i++) {
      contribution.incrementReadCount();
    }
  }

  public static void readAndWritten(StepContribution contribution, long items) {
    read(contribution, items);
    contribution.incrementWriteCount(items);
  }
}
