package io.finnexus.api.alert;

import io.finnexus.api.personal.PersonalFields;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Row mapping shared by the alert queries. */
final class AlertRows {

  static final String SUMMARY_COLUMNS =
      "alert_id, typology, kind, created_at, risk_score, risk_band, account_id, customer_id,"
          + " total_amount, currency, summary, status, assignee, disposition";

  private AlertRows() {}

  /**
   * Maps a row selected with {@link #SUMMARY_COLUMNS} first (by position: the queue's hot path),
   * opening the sealed account and summary for display.
   */
  static AlertSummary summary(ResultSet rs, PersonalFields personal) throws SQLException {
    BigDecimal amount = rs.getBigDecimal(9);
    java.sql.Timestamp created = rs.getTimestamp(4);
    String customer = rs.getString(8);
    return new AlertSummary(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        created == null ? null : created.toInstant(),
        rs.getDouble(5),
        rs.getString(6),
        personal.open(customer, PersonalFields.ALERT_ACCOUNT, rs.getString(7)),
        customer,
        amount == null ? null : amount.toPlainString(),
        rs.getString(10),
        personal.open(customer, PersonalFields.ALERT_SUMMARY, rs.getString(11)),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  /** Microseconds since the epoch: PostgreSQL's timestamp precision, exact in a cursor. */
  static long micros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  static Instant fromMicros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
