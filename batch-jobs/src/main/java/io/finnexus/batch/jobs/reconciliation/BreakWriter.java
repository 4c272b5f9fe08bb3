package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.reconciliation.Break;
import io.finnexus.batch.reconciliation.BreakKind;
import io.finnexus.batch.statement.MinorUnits;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts a chunk of breaks into {@code reconciliation_break} (key: run id + break key) and inserts
 * an {@code alert} of kind RECONCILIATION for every unexplained one ({@code ON CONFLICT DO NOTHING}
 * on the deterministic alert id: a restart or a re-run of the day never duplicates an alert, and
 * never resets an officer's work on it). Both in the chunk's transaction.
 */
public class BreakWriter implements ItemWriter<BreakRow> {

  public static final String STEP = "reconcile";

  private static final String UPSERT_BREAK =
      "INSERT INTO reconciliation_break (run_id, break_key, run_date, kind, side, reference,"
          + " ledger_entry_id, transaction_id, account_id, ledger_amount_minor,"
          + " monitored_amount_minor, currency, detail, explanation, alert_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (run_id, break_key) DO UPDATE SET detail = EXCLUDED.detail,"
          + " explanation = EXCLUDED.explanation, alert_id = EXCLUDED.alert_id";

  private static final String INSERT_ALERT =
      "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score, risk_band,"
          + " account_id, transaction_ids, total_amount, currency, summary, rule_hits)"
          + " VALUES (?, ?, 'RECONCILIATION', 'batch-reconciliation', ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ARRAY['reconciliation.' || lower(?)]) ON CONFLICT (alert_id) DO NOTHING";

  private final JdbcTemplate jdbc;
  private final FaultHook faults;
  private long written;

  public BreakWriter(JdbcTemplate jdbc, FaultHook faults) {
    this.jdbc = jdbc;
    this.faults = faults;
  }

  @Override
  public void write(Chunk<? extends BreakRow> chunk) {
    List<? extends BreakRow> rows = chunk.getItems();
    jdbc.batchUpdate(UPSERT_BREAK, rows, rows.size(), BreakWriter::setBreak);
    List<? extends BreakRow> alerts = rows.stream().filter(r -> r.alertId() != null).toList();
    jdbc.batchUpdate(INSERT_ALERT, alerts, Math.max(1, alerts.size()), BreakWriter::setAlert);
    written += rows.size();
    faults.check(STEP, written);
  }

  private static void setBreak(PreparedStatement ps, BreakRow row) throws SQLException {
    Break b = row.keyed().value();
    ps.setLong(1, row.runId());
    ps.setString(2, row.keyed().key());
    ps.setDate(3, Date.valueOf(row.runDate()));
    ps.setString(4, b.kind().name());
    ps.setString(5, b.side().name());
    ps.setString(6, b.reference());
    ps.setString(7, b.ledgerEntryId());
    ps.setString(8, b.monitoredTransactionId());
    ps.setString(9, b.accountId());
    ps.setObject(10, b.ledgerAmountMinor(), Types.BIGINT);
    ps.setObject(11, b.monitoredAmountMinor(), Types.BIGINT);
    ps.setString(12, b.currency());
    ps.setString(13, b.detail());
    ps.setString(14, row.explanation());
    ps.setString(15, row.alertId());
  }

  private static void setAlert(PreparedStatement ps, BreakRow row) throws SQLException {
    Break b = row.keyed().value();
    boolean missing = b.kind() == BreakKind.MISSING_IN_MONITORING;
    String tx = b.monitoredTransactionId() != null ? b.monitoredTransactionId() : b.reference();
    ps.setString(1, row.alertId());
    ps.setString(2, b.kind().name());
    ps.setTimestamp(3, Timestamp.from(row.runDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
    ps.setDouble(4, missing ? 0.9 : 0.6);
    ps.setString(5, missing ? "HIGH" : "MEDIUM");
    ps.setString(6, b.accountId() != null ? b.accountId() : "UNKNOWN");
    ps.setArray(
        7,
        ps.getConnection().createArrayOf("text", tx == null ? new Object[0] : new Object[] {tx}));
    ps.setBigDecimal(8, major(b));
    ps.setString(9, b.currency());
    ps.setString(
        10,
        "Reconciliation "
            + row.runDate()
            + ": "
            + b.kind()
            + " "
            + row.keyed().key()
            + ": "
            + b.detail());
    ps.setString(11, b.kind().name());
  }

  /** The break amount in major units (scale 4 column), {@code null} for an unknown currency. */
  private static BigDecimal major(Break b) {
    try {
      return BigDecimal.valueOf(b.amountMinor(), MinorUnits.fractionDigits(b.currency()));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
