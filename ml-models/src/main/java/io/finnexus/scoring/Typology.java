package io.finnexus.scoring;

/**
 * Every pattern FinNexus detects, and the label the generator plants. One vocabulary for detectors,
 * generator labels, alerts and evaluation reports, so figures line up by name.
 */
public enum Typology {
  STRUCTURING(Family.AML),
  RAPID_MOVEMENT(Family.AML),
  FAN_IN(Family.AML),
  FAN_OUT(Family.AML),
  CYCLE(Family.AML),
  HIGH_RISK_JURISDICTION(Family.AML),
  DORMANT_REACTIVATION(Family.AML),
  SANCTIONS_HIT(Family.AML),
  CARD_TESTING(Family.FRAUD),
  ACCOUNT_TAKEOVER(Family.FRAUD),
  IMPOSSIBLE_TRAVEL(Family.FRAUD),
  AMOUNT_SPIKE(Family.FRAUD),
  // Appended, never inserted: ordinals index per-typology state and tests (fraud = 8..11).
  REPEATED_TRANSFERS(Family.AML);

  /** Whether a typology is money laundering (Flink, days) or fraud (Kafka Streams, seconds). */
  public enum Family {
    AML,
    FRAUD
  }

  private final Family family;

  Typology(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }
}
