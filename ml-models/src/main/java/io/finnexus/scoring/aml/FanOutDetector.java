package io.finnexus.scoring.aml;

/** Fan-out: one account paying many distinct payees within the fan window. */
public final class FanOutDetector extends FanDetector {
  public FanOutDetector(AmlThresholds thresholds) {
    super(thresholds, false);
  }
}
