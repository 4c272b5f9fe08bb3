package io.finnexus.retention.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Deletes a subject's rows from a PostgreSQL table holding plaintext personal data (a search
 * staging table, a denormalised copy), in committed chunks so a prolific subject never means one
 * huge DELETE.
 */
public final class PostgresRowsTarget implements ErasureTarget {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final int CHUNK = 5_000;
  private final DataSource dataSource;
  private final String table;
  private final String subjectColumn;

  public PostgresRowsTarget(DataSource dataSource, String table, String subjectColumn) {
    if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(subjectColumn).matches()) {
      throw new IllegalArgumentException("table and column must be plain SQL identifiers");
    }
    this.dataSource = dataSource;
    this.table = table;
    this.subjectColumn = subjectColumn;
  }

  @Override
  public String name() {
    return "postgresql-rows:" + table;
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    String sql =
        "DELETE FROM "
            + table
            + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
            + table
            + " WHERE "
            + subjectColumn
            + " = ? LIMIT "
            + CHUNK
            + "))";
    long total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int deleted;
      do {
        ps.setString(1, subjectId);
        deleted = ps.executeUpdate();
        total += deleted;
      } while (deleted > 0);
    } catch (SQLException e) {
      throw new IllegalStateException("erasure from " + table + " failed: " + e.getSQLState(), e);
    }
    return new ErasureOutcome(name(), "postgresql:" + table, total, "plaintext rows deleted");
  }

  @Override
  public long remaining(String subjectId) {
    String sql = "SELECT count(*) FROM " + table + " WHERE " + subjectColumn + " = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subjectId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("count on " + table + " failed: " + e.getSQLState(), e);
    }
  }
}
