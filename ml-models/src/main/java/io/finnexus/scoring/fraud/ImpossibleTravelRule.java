package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import java.util.List;

/**
 * Impossible travel: a card used in one country and, within {@code travelWindow}, in another
 * country whose centroid is farther than {@code maxKmPerHour} allows. Countries missing from the
 * centroid table never fire (no guessing).
 */
public final class ImpossibleTravelRule implements FraudRule {
  private final FraudThresholds t;

  public ImpossibleTravelRule(FraudThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Kind kind() {
    return Kind.IMPOSSIBLE_TRAVEL;
  }

  @Override
  public double weight() {
    return 0.85;
  }

  @Override
  public boolean hits(Transaction tx, FeatureVector f, AccountProfile p) {
    return tx.getChannel() == Channel.CARD
        && p.lastCardTime != Long.MIN_VALUE
        && tx.getEventTime().toEpochMilli() - p.lastCardTime <= t.travelWindow().toMillis()
        && f.get(25) > t.maxKmPerHour();
  }

  @Override
  public List<String> evidenceFeatures() {
    return List.of("km_per_hour_from_last_card");
  }

  @Override
  public String summary(Transaction tx, FeatureVector f, AccountProfile p) {
    String from = CountryCentroids.country(p.lastCardCountry);
    long minutes = (tx.getEventTime().toEpochMilli() - p.lastCardTime) / 60_000;
    return "Card used in "
        + from
        + " then in "
        + tx.getLocationCountry()
        + " "
        + minutes
        + " min later ("
        + Math.round(f.get(25))
        + " km/h needed)";
  }
}
