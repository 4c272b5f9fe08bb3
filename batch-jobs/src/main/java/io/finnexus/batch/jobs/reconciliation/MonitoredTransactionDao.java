package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.reconciliation.MonitoredTransaction;
import io.finnexus.batch.statement.EntryDirection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the scored-transaction archive ({@code monitored_transaction}). */
public final class MonitoredTransactionDao {

  private final JdbcTemplate jdbc;

  /** Uses its own template on {@code jdbc}'s data source: the fetch size is this DAO's only. */
  public MonitoredTransactionDao(JdbcTemplate jdbc) {
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(10_000);
  }

  /** Transactions with {@code from <= event_time < to}, in a stable order (time, then row id). */
  public List<MonitoredTransaction> between(Instant from, Instant to) {
    return jdbc.query(
        "SELECT transaction_id, account_id, amount_minor, currency, direction, event_time,"
            + " reference FROM monitored_transaction WHERE event_time >= ? AND event_time < ?"
            + " ORDER BY event_time, id",
        (rs, i) ->
            new MonitoredTransaction(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                EntryDirection.parse(rs.getString(5)),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7)),
        Timestamp.from(from),
        Timestamp.from(to));
  }
}
