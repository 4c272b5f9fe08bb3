package io.finnexus.api.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of the alerts index ({@code alert_index_backlog}): which alerts the node has not yet
 * indexed in their current version. {@link #add} runs in the transaction that changes the alerts,
 * so a change is either queued or not made; {@link #remove} deletes an entry only if it still has
 * the version that was indexed.
 */
@Component
class AlertIndexBacklog {

  /**
   * One alert waiting to be indexed: its index document (null when its subject was erased: it is
   * taken off the backlog unindexed) and the backlog version it reflects.
   */
  record Pending(String alertId, Map<String, Object> document, long version) {}

  private final JdbcTemplate jdbc;
  private final AlertDocuments documents;
  private final TransactionTemplate ownTransaction;

  AlertIndexBacklog(
      JdbcTemplate jdbc, AlertDocuments documents, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void add(List<String> alertIds) {
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO alert_index_backlog (alert_id) SELECT DISTINCT unnest(?::text[])"
                      + " ON CONFLICT (alert_id) DO UPDATE SET version ="
                      + " alert_index_backlog.version + 1, queued_at = now()");
          ps.setArray(1, con.createArrayOf("text", alertIds.toArray()));
          return ps;
        });
  }

  /** The queued ones among {@code alertIds}, with their current rows. */
  List<Pending> pending(List<String> alertIds) {
    return jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "SELECT "
                      + AlertDocuments.COLUMNS
                      + ", b.version FROM alert_index_backlog b JOIN alert a USING (alert_id)"
                      + " WHERE b.alert_id = ANY(?)");
          ps.setArray(1, con.createArrayOf("text", alertIds.toArray()));
          return ps;
        },
        (rs, n) -> pending(rs));
  }

  /** Up to {@code limit} queued alerts, longest waiting first. */
  List<Pending> oldest(int limit) {
    return jdbc.query(
        "SELECT "
            + AlertDocuments.COLUMNS
            + ", b.version FROM alert_index_backlog b JOIN alert a USING (alert_id)"
            + " ORDER BY b.queued_at, b.alert_id LIMIT ?",
        (rs, n) -> pending(rs),
        limit);
  }

  /**
   * Deletes the entries that still have the version indexed (newer changes stay queued); returns
   * how many. Runs in a transaction of its own: it is called after the commit of the change, when
   * the change's (finished) transaction may still hold the connection.
   */
  int remove(List<Pending> indexed) {
    if (indexed.isEmpty()) {
      return 0;
    }
    Integer deleted = ownTransaction.execute(status -> delete(indexed));
    return deleted == null ? 0 : deleted;
  }

  private int delete(List<Pending> indexed) {
    return jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "DELETE FROM alert_index_backlog b USING unnest(?::text[], ?::bigint[]) AS"
                      + " d(alert_id, version) WHERE b.alert_id = d.alert_id AND b.version ="
                      + " d.version");
          ps.setArray(
              1, con.createArrayOf("text", indexed.stream().map(Pending::alertId).toArray()));
          ps.setArray(
              2, con.createArrayOf("bigint", indexed.stream().map(Pending::version).toArray()));
          return ps;
        });
  }

  long size() {
    Long n = jdbc.queryForObject("SELECT count(*) FROM alert_index_backlog", Long.class);
    return n == null ? 0 : n;
  }

  private Pending pending(ResultSet rs) throws SQLException {
    return new Pending(rs.getString("alert_id"), documents.document(rs), rs.getLong("version"));
  }
}
