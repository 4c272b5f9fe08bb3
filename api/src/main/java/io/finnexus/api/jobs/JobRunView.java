package io.finnexus.api.jobs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One run of a job: status, progress (items done across steps, and the total when the job put one
 * in its execution context under {@code total}), each step's counts, and parameters.
 */
public record JobRunView(
    long executionId,
    long instanceId,
    String jobName,
    String status,
    String exitCode,
    String exitDescription,
    LocalDateTime startTime,
    LocalDateTime endTime,
    Progress progress,
    List<Step> steps,
    Map<String, String> parameters) {

  /** Items done so far and, when known, of how many. */
  public record Progress(long done, Long total) {}

  /** A step's state and counts. */
  public record Step(
      String name,
      String status,
      long readCount,
      long writeCount,
      long skipCount,
      long commitCount) {}
}
