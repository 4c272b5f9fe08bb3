package io.finnexus.retention.purge;

import io.finnexus.retention.policy.DataCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What a purge run did (or, for a dry run, would do): counts only. {@code deleted} and {@code
 * chunks} cover the whole run including attempts before a restart; {@code deletedNow} only this
 * invocation, which {@link #recordsPerSecond} is measured on.
 */
public record PurgeReport(
    UUID runId,
    DataCategory category,
    String table,
    Instant cutoff,
    boolean dryRun,
    boolean resumed,
    long eligible,
    long deleted,
    long deletedNow,
    long heldBack,
    long chunks,
    Duration elapsed) {

  public double recordsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return deletedNow / seconds;
  }
}
