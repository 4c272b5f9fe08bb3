package io.finnexus.models.train;

import java.util.Arrays;

/** Picks an alerting threshold from validation scores. */
public final class Thresholds {
  private Thresholds() {}

  /**
   * The lowest threshold whose false-positive rate on the validation negatives is at most {@code
   * maxFpr}: the operating point behind {@code recall_at_1pct_fpr}.
   */
  public static double atFalsePositiveRate(double[] scores, boolean[] labels, double maxFpr) {
    double[] negatives =
        java.util.stream.IntStream.range(0, scores.length)
            .filter(i -> !labels[i])
            .mapToDouble(i -> scores[i])
            .toArray();
    if (negatives.length == 0) {
      return 0.5;
    }
    Arrays.sort(negatives);
    int allowed = (int) Math.floor(maxFpr * negatives.length);
    double boundary = negatives[negatives.length - 1 - allowed];
    return Math.nextUp(boundary);
  }
}
