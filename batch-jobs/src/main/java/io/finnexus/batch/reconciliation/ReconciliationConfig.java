package io.finnexus.batch.reconciliation;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Tuning of the matcher.
 *
 * @param dateToleranceDays how many days the monitored event date may lie from the ledger value
 *     date (or booking date) for the fallback match by account, amount and currency; default 2
 * @param zone the zone in which a monitored event time becomes a calendar day; default UTC
 */
public record ReconciliationConfig(int dateToleranceDays, ZoneId zone) {

  /** ±2 days, UTC. */
  public static final ReconciliationConfig DEFAULTS = new ReconciliationConfig(2, ZoneId.of("UTC"));

  public ReconciliationConfig {
    Objects.requireNonNull(zone, "zone");
    if (dateToleranceDays < 0) {
      throw new IllegalArgumentException("dateToleranceDays must be >= 0");
    }
  }
}
