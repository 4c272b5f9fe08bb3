package io.finnexus.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class CutOffRunTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 9, 0);
  private final CutOffRun cutOff = new CutOffRun(Duration.ofMinutes(30));

  @Test
  void aStartedRunWithoutProgressForLongerThanTheThresholdIsCutOff() {
    JobExecution run = run(BatchStatus.STARTED, NOW.minusMinutes(45), NOW.minusMinutes(31));
    assertThat(cutOff.isCutOff(run, NOW)).isTrue();
  }

  @Test
  void aStepThatProgressedRecentlyKeepsTheRunAlive() {
    JobExecution run = run(BatchStatus.STARTED, NOW.minusMinutes(45), NOW.minusMinutes(2));
    assertThat(cutOff.isCutOff(run, NOW)).isFalse();
  }

  @Test
  void onlyARunThatClaimsToRunCanBeCutOff() {
    JobExecution failed = run(BatchStatus.FAILED, NOW.minusHours(5), NOW.minusHours(5));
    assertThat(cutOff.isCutOff(failed, NOW)).isFalse();
  }

  private static JobExecution run(BatchStatus status, LocalDateTime updated, LocalDateTime step) {
    JobExecution run =
        new JobExecution(1L, new JobInstance(1L, "reconciliation"), new JobParameters());
    run.setStatus(status);
    run.setCreateTime(updated.minusMinutes(2));
    run.setStartTime(updated.minusMinutes(1));
    run.setLastUpdated(updated);
    StepExecution reconcile = new StepExecution(2L, "reconcile", run);
    reconcile.setLastUpdated(step);
    run.addStepExecution(reconcile);
    return run;
  }
}
