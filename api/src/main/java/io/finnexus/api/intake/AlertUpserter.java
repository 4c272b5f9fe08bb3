package io.finnexus.api.intake;

import io.finnexus.api.alert.AlertsChanged;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.schemas.avro.Alert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent store of alerts: {@code INSERT ... ON CONFLICT (alert_id) DO UPDATE} of the detector's
 * fields only (evidence, score); the review workflow (status, assignee, disposition) is never
 * touched, so a replay neither duplicates an alert nor reopens a closed one.
 */
@Component
public class AlertUpserter {

  static final String UPSERT =
      "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score, risk_band,"
          + " account_id, customer_id, involved_accounts, transaction_ids, total_amount, currency,"
          + " summary, rule_hits, features, model_id, model_version) VALUES"
          + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
          + " ON CONFLICT (alert_id) DO UPDATE SET typology = EXCLUDED.typology, kind ="
          + " EXCLUDED.kind, engine = EXCLUDED.engine, created_at = EXCLUDED.created_at,"
          + " risk_score = EXCLUDED.risk_score, risk_band = EXCLUDED.risk_band, account_id ="
          + " EXCLUDED.account_id, customer_id = EXCLUDED.customer_id, involved_accounts ="
          + " EXCLUDED.involved_accounts, transaction_ids = EXCLUDED.transaction_ids,"
          + " total_amount = EXCLUDED.total_amount, currency = EXCLUDED.currency, summary ="
          + " EXCLUDED.summary, rule_hits = EXCLUDED.rule_hits, features = EXCLUDED.features,"
          + " model_id = EXCLUDED.model_id, model_version = EXCLUDED.model_version"
          + " RETURNING (xmax = 0) AS inserted";

  /** What one batch did: the alerts stored for the first time, and how many replays updated. */
  public record Outcome(List<Alert> inserted, int updated) {}

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final PersonalFields personal;

  public AlertUpserter(
      JdbcTemplate jdbc, ApplicationEventPublisher events, PersonalFields personal) {
    this.jdbc = jdbc;
    this.events = events;
    this.personal = personal;
  }

  /** Upserts {@code alerts} in one transaction. */
  @Transactional
  public Outcome upsert(List<Alert> alerts) {
    List<Alert> inserted = new ArrayList<>();
    int[] updated = new int[1];
    List<String> ids = new ArrayList<>();
    jdbc.execute(
        (Connection con) -> {
          try (PreparedStatement ps = con.prepareStatement(UPSERT)) {
            for (Alert alert : alerts) {
              bind(con, ps, AlertRecordMapper.parameters(alert, personal));
              try (var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                  inserted.add(alert);
                } else {
                  updated[0]++;
                }
              }
              ids.add(alert.getAlertId());
            }
          }
          return null;
        });
    events.publishEvent(new AlertsChanged(ids));
    return new Outcome(inserted, updated[0]);
  }

  private static void bind(Connection con, PreparedStatement ps, Object[] values)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof String[] array) {
        ps.setArray(i + 1, con.createArrayOf("text", array));
      } else {
        ps.setObject(i + 1, values[i]);
      }
    }
  }
}
