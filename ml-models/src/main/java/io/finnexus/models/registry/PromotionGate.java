package io.finnexus.models.registry;

import io.finnexus.models.metrics.ModelMetrics;
import java.time.Instant;

/**
 * Decides whether a candidate may replace the champion: accepted when {@code candidate >= champion
 * - tolerance} on the chosen metric, both measured on the same registered holdout.
 *
 * @param metric {@code pr_auc} (default), {@code roc_auc}, {@code recall_at_1pct_fpr}, {@code
 *     precision_at_k}, or {@code brier} (lower is better; compared negated)
 * @param tolerance how much worse the candidate may be (default 0.0)
 */
public record PromotionGate(String metric, double tolerance) {

  public static PromotionGate defaults() {
    return new PromotionGate("pr_auc", 0.0);
  }

  public GateDecision decide(
      String candidateId,
      ModelMetrics candidate,
      String championId,
      ModelMetrics champion,
      Instant now) {
    double c = candidate.byName(metric);
    if (championId == null) {
      return new GateDecision(
          candidateId,
          null,
          metric,
          c,
          Double.NaN,
          tolerance,
          true,
          "no champion yet: the first candidate becomes champion",
          now);
    }
    double ch = champion.byName(metric);
    boolean accepted = !Double.isNaN(c) && c >= ch - tolerance;
    String reason =
        String.format(
            java.util.Locale.ROOT,
            "%s %.4f %s champion %.4f - tolerance %.4f",
            metric,
            c,
            accepted ? ">=" : "<",
            ch,
            tolerance);
    return new GateDecision(
        candidateId, championId, metric, c, ch, tolerance, accepted, reason, now);
  }
}
