package io.finnexus.retention.purge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A session-level PostgreSQL advisory lock: one purge per table at a time, across processes. */
final class AdvisoryLock implements AutoCloseable {

  private final Connection connection;
  private final String name;

  private AdvisoryLock(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  static AdvisoryLock acquire(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new PurgeFailed("another purge holds " + name, null);
        }
      }
    }
    c.commit();
    return new AdvisoryLock(c, name);
  }

  @Override
  public void close() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
      ps.setString(1, name);
      ps.execute();
    }
    connection.commit();
  }
}
