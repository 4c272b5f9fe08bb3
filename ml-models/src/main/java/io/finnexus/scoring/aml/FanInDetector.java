package io.finnexus.scoring.aml;

/** Fan-in: many distinct payers into one account within the fan window. */
public final class FanInDetector extends FanDetector {
  public FanInDetector(AmlThresholds thresholds) {
    super(thresholds, true);
  }
}
