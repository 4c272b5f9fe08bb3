package io.finnexus.scoring.replay;

/** Precision, recall and F1 from counts; 0 where undefined. */
public record Metrics(
    long truePositives,
    long falsePositives,
    long falseNegatives,
    double precision,
    double recall,
    double f1) {

  public static Metrics of(long tp, long fp, long fn) {
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Metrics(tp, fp, fn, p, r, f);
  }
}
