package io.finnexus.models.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert disposition exported as a training label.
 *
 * <p>Columns, in order (CSV header = these names; JSON lines use the same keys):
 *
 * <ul>
 *   <li>{@code transaction_id} – the scored transaction the label applies to (join key).
 *   <li>{@code alert_id} – the alert it came from (deterministic alert id).
 *   <li>{@code event_time} – the transaction's event time, ISO-8601 UTC: training uses it for the
 *       time split, so a label never leaks into a model validated on earlier data.
 *   <li>{@code disposition} – {@link Disposition} name; {@code label} – 1, 0 or -1 (skip).
 *   <li>{@code typology} – the typology the officer confirmed, empty if none.
 *   <li>{@code model_id}, {@code model_version} – the model whose score raised the alert (for
 *       feedback-loop bias analysis); empty for rule alerts.
 *   <li>{@code decided_at} – when the disposition was made (ISO-8601 UTC); labels decided after a
 *       training cut-off must not be used by that training run.
 * </ul>
 */
public record FeedbackLabel(
    String transactionId,
    String alertId,
    Instant eventTime,
    Disposition disposition,
    String typology,
    String modelId,
    String modelVersion,
    Instant decidedAt) {

  public FeedbackLabel {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
