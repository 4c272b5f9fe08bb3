package io.finnexus.retention.erasure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code erasure_request} table. State changes are compare-and-set on the allowed previous
 * states, so two operators (or a retry) can never move a request twice.
 */
final class ErasureRequestStore {

  private static final String COLUMNS =
      "id, subject_id, state, channel, received_at, verified_at, verified_by, decided_at,"
          + " deferred_until, reason, outcome, confirmed_at";
  private final DataSource dataSource;

  ErasureRequestStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void insert(UUID id, String subjectId, String channel, Instant at) {
    execute(
        "INSERT INTO erasure_request (id, subject_id, state, channel, received_at)"
            + " VALUES (?, ?, 'RECEIVED', ?, ?)",
        id,
        subjectId,
        channel,
        Timestamp.from(at));
  }

  Optional<ErasureRequest> find(UUID id) {
    List<ErasureRequest> found =
        query("SELECT " + COLUMNS + " FROM erasure_request WHERE id = ?", id);
    return found.stream().findFirst();
  }

  List<ErasureRequest> inStates(ErasureState... states) {
    List<String> names = new ArrayList<>();
    for (ErasureState s : states) {
      names.add(s.name());
    }
    return query(
        "SELECT " + COLUMNS + " FROM erasure_request WHERE state = ANY (?) ORDER BY received_at",
        (Object) names.toArray(String[]::new));
  }

  /**
   * Moves a request to {@code to} if it is in one of the allowed previous states, setting the given
   * column assignments ({@code "verified_at = ?"}...) with their values.
   */
  boolean transition(UUID id, ErasureState to, String assignments, Object... values) {
    String sql =
        "UPDATE erasure_request SET state = ?"
            + (assignments.isEmpty() ? "" : ", " + assignments)
            + " WHERE id = ? AND state = ANY (?)";
    Object[] params = new Object[values.length + 3];
    params[0] = to.name();
    System.arraycopy(values, 0, params, 1, values.length);
    params[values.length + 1] = id;
    params[values.length + 2] = to.allowedFrom().stream().map(Enum::name).toArray(String[]::new);
    return execute(sql, params) == 1;
  }

  private int execute(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = bind(c, sql, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("erasure_request update failed: " + e.getSQLState(), e);
    }
  }

  private List<ErasureRequest> query(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = bind(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<ErasureRequest> out = new ArrayList<>();
      while (rs.next()) {
        out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("erasure_request query failed: " + e.getSQLState(), e);
    }
  }

  private static PreparedStatement bind(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof String[] array) {
        ps.setArray(i + 1, c.createArrayOf("text", array));
      } else if (p instanceof Instant instant) {
        ps.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (p instanceof LocalDate date) {
        ps.setDate(i + 1, Date.valueOf(date));
      } else {
        ps.setObject(i + 1, p);
      }
    }
    return ps;
  }

  private static ErasureRequest read(ResultSet rs) throws SQLException {
    Date until = rs.getDate("deferred_until");
    return new ErasureRequest(
        rs.getObject("id", UUID.class),
        rs.getString("subject_id"),
        ErasureState.valueOf(rs.getString("state")),
        rs.getString("channel"),
        instant(rs.getTimestamp("received_at")),
        instant(rs.getTimestamp("verified_at")),
        rs.getString("verified_by"),
        instant(rs.getTimestamp("decided_at")),
        until == null ? null : until.toLocalDate(),
        rs.getString("reason"),
        ErasureOutcome.decode(rs.getString("outcome")),
        instant(rs.getTimestamp("confirmed_at")));
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
