package io.finnexus.retention.purge;

import io.finnexus.retention.hold.HoldScope;
import java.util.Map;

/**
 * The SQL of a purge, built once per target. Each chunk deletes by {@code ctid = ANY(ARRAY(SELECT
 * ctid ... LIMIT n))}: a TID scan of at most n rows, never one huge DELETE. The only bind parameter
 * besides the chunk size is the run's fixed cutoff.
 */
public final class PurgeSql {

  final String deleteChunk;
  final String countExpired;
  final String countEligible;

  public PurgeSql(PurgeTarget target) {
    String expired = expiredPredicate(target);
    String eligible = expired + unheldPredicate(target.holdColumns());
    String table = target.table();
    deleteChunk =
        "DELETE FROM "
            + table
            + " WHERE ctid = ANY (ARRAY(SELECT t.ctid FROM "
            + table
            + " t WHERE "
            + eligible
            + " LIMIT ?))";
    countExpired = "SELECT count(*) FROM " + table + " t WHERE " + expired;
    countEligible = "SELECT count(*) FROM " + table + " t WHERE " + eligible;
  }

  private static String expiredPredicate(PurgeTarget target) {
    String where = "t." + target.anchorColumn() + " < ?";
    if (target.onlyWhere() != null && !target.onlyWhere().isBlank()) {
      where += " AND (" + target.onlyWhere() + ")";
    }
    return where;
  }

  /**
   * One anti-join per hold scope (separate NOT EXISTS plan as hash anti-joins, an OR would not).
   */
  private static String unheldPredicate(Map<HoldScope, String> holdColumns) {
    StringBuilder sql = new StringBuilder();
    holdColumns.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                sql.append(" AND NOT EXISTS (SELECT 1 FROM legal_hold h")
                    .append(" WHERE h.released_at IS NULL AND h.scope = '")
                    .append(e.getKey().name())
                    .append("' AND h.scope_ref = t.")
                    .append(e.getValue())
                    .append("::text)"));
    return sql.toString();
  }
}
