package io.finnexus.api.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Tells a run that was cut off from one that is still running. Both look the same in the job
 * repository (STARTING, STARTED or STOPPING): a run whose JVM was killed, or whose database went
 * away under it, could not record its own end. What differs is progress: a running job updates its
 * execution or a step's (every chunk commit, every step boundary), a cut-off one never again. A run
 * that has not progressed for {@code finnexus.jobs.stale-after} is taken as cut off and may be
 * restarted (after being marked FAILED); the threshold must exceed the longest single unit of work
 * of any job (a chunk, a backup tasklet).
 */
record CutOffRun(Duration staleAfter) {

  /** Whether {@code execution} claims to run but has not progressed for {@link #staleAfter}. */
  boolean isCutOff(JobExecution execution, LocalDateTime now) {
    if (!execution.getStatus().isRunning()) {
      return false;
    }
    LocalDateTime last = lastProgress(execution);
    return last != null && last.plus(staleAfter).isBefore(now);
  }

  /** The newest update of the execution or any of its steps (its start if none recorded one). */
  static LocalDateTime lastProgress(JobExecution execution) {
    return Stream.concat(
            Stream.of(
                execution.getLastUpdated(), execution.getStartTime(), execution.getCreateTime()),
            execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
        .filter(Objects::nonNull)
        .max(LocalDateTime::compareTo)
        .orElse(null);
  }
}
