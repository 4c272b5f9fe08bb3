package io.finnexus.scoring.fraud;

import java.time.Duration;

/**
 * Every fraud-rule threshold, typed, with {@link #defaults()} (README reference table). Amounts in
 * minor units.
 *
 * @param smallAuthMinor a card authorisation below this is a probe (5.00)
 * @param cardTestingMinAuths probes at distinct merchants needed (5)
 * @param cardTestingWindow within this time (10 min)
 * @param travelWindow two card-present countries this close in time are checked (60 min)
 * @param maxKmPerHour faster than this between country centroids is impossible (900, an airliner)
 * @param travelSlackKm subtracted from the centroid distance, since two places near a common border
 *     are far closer than the countries' centroids (1,000 km: neighbours never fire)
 * @param atoAmountMultiple new-device non-card debit at least this × the median (3)
 * @param atoMinMinor and at least this (1,000.00)
 * @param spikeMultiple card payment at least this × the account's median card payment (20)
 * @param spikeMinHistory card payments of history needed before spikes are judged (10)
 * @param spikeMinMinor smallest spike considered (100.00)
 * @param alertEpisode one alert per rule per account per this period, growing with evidence (1 h)
 */
public record FraudThresholds(
    long smallAuthMinor,
    int cardTestingMinAuths,
    Duration cardTestingWindow,
    Duration travelWindow,
    double maxKmPerHour,
    double travelSlackKm,
    double atoAmountMultiple,
    long atoMinMinor,
    double spikeMultiple,
    int spikeMinHistory,
    long spikeMinMinor,
    Duration alertEpisode) {

  public static FraudThresholds defaults() {
    return new FraudThresholds(
        500,
        5,
        Duration.ofMinutes(10),
        Duration.ofMinutes(60),
        900,
        1000,
        3.0,
        100_000,
        20.0,
        10,
        10_000,
        Duration.ofHours(1));
  }
}
