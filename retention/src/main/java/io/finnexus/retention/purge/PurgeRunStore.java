package io.finnexus.retention.purge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes {@code purge_run} rows on a caller's connection, so that a chunk's delete and
 * its progress commit together: after a crash the recorded counts are exactly what was deleted.
 */
final class PurgeRunStore {

  Optional<PurgeRun> findUnfinished(Connection c, PurgeTarget target) throws SQLException {
    String sql =
        "SELECT id, cutoff, chunks, deleted FROM purge_run WHERE category = ? AND target_table = ?"
            + " AND status <> 'COMPLETED' AND NOT dry_run ORDER BY started_at DESC LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, target.category().name());
      ps.setString(2, target.table());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PurgeRun(
                rs.getObject("id", UUID.class),
                rs.getObject("cutoff", OffsetDateTime.class).toInstant(),
                false,
                true,
                rs.getLong("chunks"),
                rs.getLong("deleted")));
      }
    }
  }

  PurgeRun start(Connection c, PurgeTarget target, Instant cutoff, boolean dryRun, Instant now)
      throws SQLException {
    UUID id = UUID.randomUUID();
    String sql =
        "INSERT INTO purge_run (id, category, target_table, cutoff, dry_run, status, started_at)"
            + " VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      ps.setString(2, target.category().name());
      ps.setString(3, target.table());
      ps.setObject(4, utc(cutoff));
      ps.setBoolean(5, dryRun);
      ps.setObject(6, utc(now));
      ps.executeUpdate();
    }
    return new PurgeRun(id, cutoff, dryRun, false, 0, 0);
  }

  void recordChunk(Connection c, UUID runId, long deleted) throws SQLException {
    String sql =
        "UPDATE purge_run SET chunks = chunks + 1, deleted = deleted + ?, status = 'RUNNING'"
            + " WHERE id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, deleted);
      ps.setObject(2, runId);
      ps.executeUpdate();
    }
  }

  /** Marks the run COMPLETED; returns its final (chunks, deleted) totals. */
  long[] complete(Connection c, UUID runId, Long eligible, long heldBack, Instant now)
      throws SQLException {
    String sql =
        "UPDATE purge_run SET status = 'COMPLETED', finished_at = ?, eligible = ?, held_back = ?,"
            + " last_error = NULL WHERE id = ? RETURNING chunks, deleted";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, utc(now));
      ps.setObject(2, eligible);
      ps.setLong(3, heldBack);
      ps.setObject(4, runId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  void fail(Connection c, UUID runId, String error, Instant now) throws SQLException {
    String sql =
        "UPDATE purge_run SET status = 'FAILED', finished_at = ?, last_error = ? WHERE id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, utc(now));
      ps.setString(2, error);
      ps.setObject(3, runId);
      ps.executeUpdate();
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
