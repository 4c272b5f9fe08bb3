package io.finnexus.models.metrics;

import java.util.List;

/**
 * What a model achieved on one labelled slice of data. Stored in every artifact and used by the
 * promotion gate, so each field is a plain number with a stable name.
 *
 * @param prAuc area under the precision-recall curve (average precision)
 * @param rocAuc area under the ROC curve (ties count half)
 * @param precisionAtK precision among the {@code k} highest scores
 * @param k the k of {@code precisionAtK}
 * @param recallAt1PctFpr the best recall reachable with a false-positive rate of at most 1%
 * @param brier mean squared error of the scores as probabilities; NaN when the scores are not
 *     probabilities (anomaly scores)
 * @param reliability calibration bins (empty when the scores are not probabilities)
 */
public record ModelMetrics(
    long rows,
    long positives,
    double prAuc,
    double rocAuc,
    double precisionAtK,
    int k,
    double recallAt1PctFpr,
    double brier,
    List<ReliabilityBin> reliability) {

  /** Looks a headline metric up by name ({@code pr_auc}, {@code roc_auc}, ...), for the gate. */
  public double byName(String name) {
    return switch (name) {
      case "pr_auc" -> prAuc;
      case "roc_auc" -> rocAuc;
      case "precision_at_k" -> precisionAtK;
      case "recall_at_1pct_fpr" -> recallAt1PctFpr;
      case "brier" -> -brier;
      default -> throw new IllegalArgumentException("unknown metric: " + name);
    };
  }

  /** The one-line summary printed by {@code finnexus model-eval}. */
  public String summaryLine() {
    return String.format(
        java.util.Locale.ROOT,
        "MODEL pr_auc=%.4f roc_auc=%.4f recall_at_1pct_fpr=%.4f",
        prAuc,
        rocAuc,
        recallAt1PctFpr);
  }
}
