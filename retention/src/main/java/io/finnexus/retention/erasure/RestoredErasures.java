package io.finnexus.retention.erasure;

import io.finnexus.retention.audit.JdbcRetentionAudit;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Re-applies erasures to a database restored from a backup: every subject of the {@link
 * ErasureLedger} found in it (by the SHA-256 of its id) has its data key shredded again and its
 * plaintext rows deleted again, so a backup taken before an erasure never brings the subject back.
 * Idempotent; audited in {@code retention_audit} with counts only.
 */
public final class RestoredErasures {

  /** A table holding plaintext rows of a subject, and the column naming the subject. */
  public record SubjectRows(String table, String subjectColumn) {}

  /** What a re-application did. */
  public record Result(int subjectsFound, int keysShredded, long rowsDeleted) {}

  private final DataSource restored;
  private final ErasureLedger ledger;
  private final List<SubjectRows> plaintextRows;

  public RestoredErasures(
      DataSource restored, ErasureLedger ledger, List<SubjectRows> plaintextRows) {
    this.restored = restored;
    this.ledger = ledger;
    this.plaintextRows = List.copyOf(plaintextRows);
  }

  public Result reapply() {
    Set<String> hashes = ledger.subjectHashes();
    if (hashes.isEmpty()) {
      return new Result(0, 0, 0);
    }
    Set<String> subjects = new TreeSet<>(find("subject_key", "subject_id", hashes));
    plaintextRows.forEach(t -> subjects.addAll(find(t.table(), t.subjectColumn(), hashes)));
    JdbcSubjectKeyStore keys = new JdbcSubjectKeyStore(restored);
    int shredded = 0;
    long deleted = 0;
    List<SubjectRows> present =
        plaintextRows.stream().filter(t -> hasColumn(t.table(), t.subjectColumn())).toList();
    for (String subject : subjects) {
      shredded += keys.shred(subject) ? 1 : 0;
      for (SubjectRows t : present) {
        deleted +=
            new PostgresRowsTarget(restored, t.table(), t.subjectColumn()).erase(subject).erased();
      }
    }
    new JdbcRetentionAudit(restored)
        .record(
            "erasure.reapplied",
            "restore",
            Map.of("subjects", subjects.size(), "keysShredded", shredded, "rowsDeleted", deleted));
    return new Result(subjects.size(), shredded, deleted);
  }

  private List<String> find(String table, String column, Set<String> hashes) {
    new PostgresRowsTarget(restored, table, column); // validates the identifiers
    if (!hasColumn(table, column)) {
      return List.of(); // a backup older than the column: nothing of this kind to find
    }
    String sql =
        "SELECT DISTINCT "
            + column
            + " FROM "
            + table
            + " WHERE "
            + column
            + " IS NOT NULL AND encode(sha256(convert_to("
            + column
            + ", 'UTF8')), 'hex') = ANY(?)";
    try (Connection c = restored.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", hashes.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        List<String> found = new java.util.ArrayList<>();
        while (rs.next()) {
          found.add(rs.getString(1));
        }
        return found;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot look up erased subjects in " + table + ": " + e.getSQLState(), e);
    }
  }

  private boolean hasColumn(String table, String column) {
    String sql =
        "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema ="
            + " current_schema() AND table_name = ? AND column_name = ?)";
    try (Connection c = restored.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot inspect " + table + ": " + e.getSQLState(), e);
    }
  }
}
