package io.finnexus.app.feedback;

import io.finnexus.models.feedback.Disposition;
import io.finnexus.models.feedback.FeedbackLabel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads closed alerts from the case store ({@code alert}: disposition, closed_at) and turns each
 * transaction an alert cites into one {@link FeedbackLabel}. {@code sar_filed} and {@code
 * true_positive_no_sar} are confirmed (label 1), {@code false_positive} is label 0. The event time
 * of every label is the alert's (the triggering transaction's) event time.
 */
final class DispositionLabels {
  private static final String QUERY =
      "SELECT alert_id, typology, created_at, transaction_ids, model_id, model_version,"
          + " disposition, closed_at FROM alert"
          + " WHERE disposition IS NOT NULL AND closed_at IS NOT NULL AND closed_at < ?"
          + " AND (? = 'ALL' OR kind = ?) ORDER BY closed_at, alert_id";

  private DispositionLabels() {}

  /** Labels decided before {@code decidedBefore}, of alerts of {@code kind} (or ALL). */
  static List<FeedbackLabel> read(Connection c, String kind, Instant decidedBefore)
      throws SQLException {
    List<FeedbackLabel> labels = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(QUERY)) {
      s.setTimestamp(1, Timestamp.from(decidedBefore));
      s.setString(2, kind);
      s.setString(3, kind);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          addAll(rs, labels);
        }
      }
    }
    return labels;
  }

  private static void addAll(ResultSet rs, List<FeedbackLabel> labels) throws SQLException {
    Disposition disposition = disposition(rs.getString("disposition"));
    for (String transactionId : (String[]) rs.getArray("transaction_ids").getArray()) {
      labels.add(
          new FeedbackLabel(
              transactionId,
              rs.getString("alert_id"),
              rs.getTimestamp("created_at").toInstant(),
              disposition,
              rs.getString("typology"),
              rs.getString("model_id"),
              rs.getString("model_version"),
              rs.getTimestamp("closed_at").toInstant()));
    }
  }

  static Disposition disposition(String stored) {
    return switch (stored) {
      case "false_positive" -> Disposition.FALSE_POSITIVE;
      case "true_positive_no_sar", "sar_filed" -> Disposition.TRUE_POSITIVE;
      default -> Disposition.INCONCLUSIVE;
    };
  }
}
