package io.finnexus.retention.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * One category's retention: data whose anchor is older than {@link #cutoff} may be purged unless a
 * legal hold blocks it.
 */
public record RetentionPolicy(DataCategory category, Period period) {

  public RetentionPolicy {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(category + " retention must be positive: " + period);
    }
  }

  /** Anchors strictly before this instant are past retention (calendar arithmetic in UTC). */
  public Instant cutoff(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
  }
}
