package io.finnexus.api.jobs;

/**
 * What a run's caller may see of why it failed: the first line of Spring Batch's exit description
 * (which holds the whole stack trace of the failure), capped. Stack frames tell an attacker the
 * code's internals and help nobody who schedules jobs; the full trace stays in the job repository
 * and the service log.
 */
final class FailureReason {
  static final int MAX_LENGTH = 500;

  private FailureReason() {}

  static String of(String exitDescription) {
    if (exitDescription == null || exitDescription.isBlank()) {
      return exitDescription;
    }
    String firstLine = exitDescription.strip().lines().findFirst().orElse("").strip();
    return firstLine.length() <= MAX_LENGTH
        ? firstLine
        : firstLine.substring(0, MAX_LENGTH - 1) + "…";
  }
}
