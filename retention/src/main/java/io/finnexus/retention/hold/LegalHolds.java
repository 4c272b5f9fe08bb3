package io.finnexus.retention.hold;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Places, releases and looks up legal holds ({@code legal_hold} table). A hold is never deleted:
 * releasing it keeps who placed and released it and when, for the audit trail.
 */
public final class LegalHolds {

  private final DataSource dataSource;

  public LegalHolds(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public UUID place(HoldScope scope, String scopeRef, String reason, String placedBy) {
    if (scopeRef == null || scopeRef.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a legal hold needs a reference and a reason");
    }
    UUID id = UUID.randomUUID();
    String sql =
        "INSERT INTO legal_hold (id, scope, scope_ref, reason, placed_by) VALUES (?, ?, ?, ?, ?)";
    update(sql, id, scope.name(), scopeRef, reason, placedBy);
    return id;
  }

  /** Releases an active hold; returns false when it was unknown or already released. */
  public boolean release(UUID id, String releasedBy) {
    String sql =
        "UPDATE legal_hold SET released_at = now(), released_by = ?"
            + " WHERE id = ? AND released_at IS NULL";
    return update(sql, releasedBy, id) == 1;
  }

  /** Active holds on exactly this scope and reference. */
  public List<LegalHold> active(HoldScope scope, String scopeRef) {
    String sql =
        "SELECT id, scope, scope_ref, reason, placed_by, placed_at, released_at FROM legal_hold"
            + " WHERE scope = ? AND scope_ref = ? AND released_at IS NULL ORDER BY placed_at";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, scope.name());
      ps.setString(2, scopeRef);
      List<LegalHold> holds = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          holds.add(read(rs));
        }
      }
      return holds;
    } catch (SQLException e) {
      throw new IllegalStateException("legal_hold lookup failed", e);
    }
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("legal_hold update failed", e);
    }
  }

  private static LegalHold read(ResultSet rs) throws SQLException {
    Timestamp released = rs.getTimestamp("released_at");
    return new LegalHold(
        rs.getObject("id", UUID.class),
        HoldScope.valueOf(rs.getString("scope")),
        rs.getString("scope_ref"),
        rs.getString("reason"),
        rs.getString("placed_by"),
        rs.getTimestamp("placed_at").toInstant(),
        released == null ? null : released.toInstant());
  }
}
