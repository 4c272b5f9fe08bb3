package io.finnexus.models.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes {@link ModelMetrics} from scores (higher = more suspicious) and labels. Ties in score
 * are handled as groups everywhere, so the result does not depend on row order.
 */
public final class BinaryMetrics {
  /** Default k for precision@k. */
  public static final int DEFAULT_K = 100;

  private static final int BINS = 10;

  private BinaryMetrics() {}

  /**
   * @param probabilities whether the scores are probabilities in [0,1] (then Brier score and
   *     reliability bins are computed)
   */
  public static ModelMetrics compute(
      double[] scores, boolean[] labels, int k, boolean probabilities) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("scores and labels differ in length");
    }
    int n = scores.length;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    long positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    long negatives = n - positives;
    Curve curve = sweep(order, scores, labels, positives, negatives);
    double precisionAtK = precisionAtK(order, labels, k);
    double brier = probabilities ? brier(scores, labels) : Double.NaN;
    List<ReliabilityBin> bins = probabilities ? reliability(scores, labels) : List.of();
    return new ModelMetrics(
        n,
        positives,
        curve.prAuc,
        curve.rocAuc,
        precisionAtK,
        k,
        curve.recallAt1PctFpr,
        brier,
        bins);
  }

  private record Curve(double prAuc, double rocAuc, double recallAt1PctFpr) {}

  /** One pass over tie groups in descending score order. */
  private static Curve sweep(
      Integer[] order, double[] scores, boolean[] labels, long positives, long negatives) {
    if (positives == 0 || negatives == 0) {
      return new Curve(Double.NaN, Double.NaN, Double.NaN);
    }
    long tp = 0;
    long fp = 0;
    double ap = 0;
    double auc = 0;
    double bestRecall = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      long groupTp = 0;
      long groupFp = 0;
      while (j < order.length && scores[order[j]] == scores[order[i]]) {
        if (labels[order[j]]) {
          groupTp++;
        } else {
          groupFp++;
        }
        j++;
      }
      double prevTpr = (double) tp / positives;
      auc += groupFp * (tp + groupTp / 2.0) / ((double) positives * negatives);
      tp += groupTp;
      fp += groupFp;
      double recall = (double) tp / positives;
      ap += (recall - prevTpr) * ((double) tp / (tp + fp));
      if ((double) fp / negatives <= 0.01) {
        bestRecall = recall;
      }
      i = j;
    }
    return new Curve(ap, auc, bestRecall);
  }

  private static double precisionAtK(Integer[] order, boolean[] labels, int k) {
    int top = Math.min(k, order.length);
    if (top == 0) {
      return Double.NaN;
    }
    int hits = 0;
    for (int i = 0; i < top; i++) {
      hits += labels[order[i]] ? 1 : 0;
    }
    return (double) hits / top;
  }

  private static double brier(double[] scores, boolean[] labels) {
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double diff = scores[i] - (labels[i] ? 1 : 0);
      sum += diff * diff;
    }
    return scores.length == 0 ? Double.NaN : sum / scores.length;
  }

  private static List<ReliabilityBin> reliability(double[] scores, boolean[] labels) {
    long[] count = new long[BINS];
    double[] predicted = new double[BINS];
    long[] observed = new long[BINS];
    for (int i = 0; i < scores.length; i++) {
      int bin = Math.min(BINS - 1, Math.max(0, (int) (scores[i] * BINS)));
      count[bin]++;
      predicted[bin] += scores[i];
      observed[bin] += labels[i] ? 1 : 0;
    }
    List<ReliabilityBin> bins = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      double mean = count[b] == 0 ? Double.NaN : predicted[b] / count[b];
      double rate = count[b] == 0 ? Double.NaN : (double) observed[b] / count[b];
      bins.add(new ReliabilityBin((double) b / BINS, (b + 1.0) / BINS, count[b], mean, rate));
    }
    return bins;
  }
}
