package io.finnexus.batch.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Exports PostgreSQL tables with {@code COPY table TO STDOUT (FORMAT binary)}, all inside ONE
 * {@code REPEATABLE READ READ ONLY} transaction opened by {@link #beginSnapshot}: every table is
 * read as of the same instant, so the archive is a consistent point in time while writers go on.
 *
 * <p>Skipped: Spring Batch ({@code batch_*}) and Quartz ({@code qrtz_*}) tables (operational state
 * of the scheduler itself, recreated by Boot) and {@code flyway_schema_history} (a restore re-runs
 * the migrations to the recorded version).
 */
public final class PostgresExporter {

  /** Tables a backup never holds. */
  public static final Predicate<String> OPERATIONAL_TABLE =
      name -> {
        String table = name.substring(name.indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return table.startsWith("batch_")
            || table.startsWith("qrtz_")
            || table.equals("flyway_schema_history");
      };

  private final BackupKey key;
  private final int compressionLevel;
  private final int frameBytes;

  public PostgresExporter(BackupKey key, int compressionLevel, int frameBytes) {
    this.key = key;
    this.compressionLevel = compressionLevel;
    this.frameBytes = frameBytes;
  }

  /** Starts the snapshot transaction on {@code c} and reads its facts. */
  public PostgresSnapshot beginSnapshot(Connection c, List<String> schemas) throws SQLException {
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setReadOnly(true);
    try (Statement s = c.createStatement()) {
      // The snapshot is taken by the first query of the transaction.
      try (ResultSet rs = s.executeQuery("SELECT now()")) {
        rs.next();
        Instant at = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        return new PostgresSnapshot(
            at.toString(), schemaVersion(c), sequences(c, schemas), tables(c, schemas));
      }
    }
  }

  /** Exports one table of the snapshot into {@code file}. */
  public ManifestPart export(Connection c, String table, Path file)
      throws IOException, SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    long rows;
    PartWriter.Written written;
    try (PartWriter part = new PartWriter(file, key, compressionLevel, frameBytes)) {
      rows = copy.copyOut("COPY " + quoted(table) + " TO STDOUT (FORMAT binary)", part.plaintext());
      written = part.finish();
    }
    return new ManifestPart(
        file.getFileName().toString(),
        PartKind.POSTGRES_TABLE,
        table,
        rows,
        written.plaintextSha256(),
        written.plaintextBytes(),
        written.encryptedSha256(),
        written.encryptedBytes(),
        Instant.now().toString());
  }

  /** The part file name of a table, e.g. {@code pg-public.alert.copy.gz.enc}. */
  public static String partFile(String table) {
    return "pg-" + table + ".copy.gz.enc";
  }

  /** {@code schema.table} as a quoted identifier. */
  static String quoted(String table) {
    int dot = table.indexOf('.');
    return '"'
        + table.substring(0, dot).replace("\"", "\"\"")
        + "\".\""
        + table.substring(dot + 1).replace("\"", "\"\"")
        + '"';
  }

  static List<String> tables(Connection c, List<String> schemas) throws SQLException {
    String sql =
        "SELECT table_schema || '.' || table_name FROM information_schema.tables"
            + " WHERE table_type = 'BASE TABLE' AND table_schema = ANY (?)"
            + " ORDER BY table_schema, table_name";
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!OPERATIONAL_TABLE.test(rs.getString(1))) {
            tables.add(rs.getString(1));
          }
        }
      }
    }
    return tables;
  }

  private static Map<String, Long> sequences(Connection c, List<String> schemas)
      throws SQLException {
    String sql =
        "SELECT schemaname || '.' || sequencename, last_value FROM pg_sequences"
            + " WHERE schemaname = ANY (?) AND last_value IS NOT NULL ORDER BY 1";
    Map<String, Long> values = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!OPERATIONAL_TABLE.test(rs.getString(1))) {
            values.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
    }
    return values;
  }

  private static String schemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return null;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
