package io.finnexus.api.alert;

/** Coarse risk for the queue: HIGH from 0.8, MEDIUM from 0.5, LOW below. */
public enum RiskBand {
  LOW,
  MEDIUM,
  HIGH;

  public static RiskBand of(double riskScore) {
    if (riskScore >= 0.8) {
      return HIGH;
    }
    return riskScore >= 0.5 ? MEDIUM : LOW;
  }
}
