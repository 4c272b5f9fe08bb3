package io.finnexus.models.data;

/**
 * How much a positive (fraud) example weighs against a negative one during training, to counter
 * class imbalance (fraud is typically well under 1% of traffic).
 */
public enum ClassWeights {
  /** Every row weighs 1: best calibrated, weakest on rare positives. */
  NONE,
  /** Positives weigh sqrt(negatives/positives): a compromise between recall and calibration. */
  SQRT_BALANCED,
  /** Positives weigh negatives/positives: the classes weigh the same in total. */
  BALANCED;

  /** The weight of one positive row given the class counts of the training slice. */
  public double positiveWeight(long positives, long negatives) {
    if (positives == 0 || negatives == 0) {
      return 1.0;
    }
    double ratio = (double) negatives / positives;
    return switch (this) {
      case NONE -> 1.0;
      case SQRT_BALANCED -> Math.max(1.0, Math.sqrt(ratio));
      case BALANCED -> Math.max(1.0, ratio);
    };
  }
}
