package io.finnexus.retention.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link SubjectKeyStore} on the PostgreSQL table {@code subject_key} (migration V20). Every call
 * is one short auto-committed statement; compare-and-set updates make it safe for several
 * processes.
 */
public final class JdbcSubjectKeyStore implements SubjectKeyStore {

  private static final String COLUMNS =
      "subject_id, wrapped_key, master_key_version, data_key_version";
  private final DataSource dataSource;

  public JdbcSubjectKeyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<StoredSubjectKey> find(String subjectId) {
    String sql = "SELECT " + COLUMNS + " FROM subject_key WHERE subject_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subjectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new KeyStoreException("find", e);
    }
  }

  /**
   * One round trip when this writer's key is stored (RETURNING); when a concurrent writer or a
   * shred got there first, the row that won is read back, so every writer uses the same key.
   */
  @Override
  public StoredSubjectKey insertIfAbsent(String subjectId, WrappedKey wrapped) {
    String sql =
        "INSERT INTO subject_key (subject_id, wrapped_key, master_key_version) VALUES (?, ?, ?)"
            + " ON CONFLICT (subject_id) DO NOTHING RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subjectId);
      ps.setBytes(2, wrapped.bytes());
      ps.setInt(3, wrapped.masterKeyVersion());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return read(rs);
        }
      }
    } catch (SQLException e) {
      throw new KeyStoreException("insert", e);
    }
    return find(subjectId).orElseThrow(() -> new KeyStoreException("insert vanished", null));
  }

  @Override
  public boolean shred(String subjectId) {
    String sql =
        "INSERT INTO subject_key (subject_id, wrapped_key, master_key_version, shredded_at)"
            + " VALUES (?, NULL, NULL, now())"
            + " ON CONFLICT (subject_id) DO UPDATE"
            + " SET wrapped_key = NULL, master_key_version = NULL, shredded_at = now()"
            + " WHERE subject_key.shredded_at IS NULL"
            + " RETURNING (xmax <> 0) AS was_update";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subjectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new KeyStoreException("shred", e);
    }
  }

  @Override
  public List<StoredSubjectKey> liveKeysNotOnVersion(int version, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM subject_key WHERE shredded_at IS NULL AND master_key_version <> ?"
            + " ORDER BY subject_id LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, version);
      ps.setInt(2, limit);
      List<StoredSubjectKey> keys = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(read(rs));
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new KeyStoreException("scan", e);
    }
  }

  @Override
  public boolean rewrap(String subjectId, int expectedMasterVersion, WrappedKey rewrapped) {
    String sql =
        "UPDATE subject_key SET wrapped_key = ?, master_key_version = ?"
            + " WHERE subject_id = ? AND master_key_version = ? AND shredded_at IS NULL";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setBytes(1, rewrapped.bytes());
      ps.setInt(2, rewrapped.masterKeyVersion());
      ps.setString(3, subjectId);
      ps.setInt(4, expectedMasterVersion);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new KeyStoreException("rewrap", e);
    }
  }

  @Override
  public long countLiveOnVersion(int version) {
    String sql =
        "SELECT count(*) FROM subject_key WHERE shredded_at IS NULL AND master_key_version = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new KeyStoreException("count", e);
    }
  }

  private static StoredSubjectKey read(ResultSet rs) throws SQLException {
    byte[] wrapped = rs.getBytes("wrapped_key");
    WrappedKey key =
        wrapped == null ? null : new WrappedKey(rs.getInt("master_key_version"), wrapped);
    return new StoredSubjectKey(rs.getString("subject_id"), key, rs.getInt("data_key_version"));
  }

  /** The key store could not be reached or answered an error; the caller may retry. */
  public static final class KeyStoreException extends RuntimeException {
    KeyStoreException(String operation, SQLException cause) {
      super("subject_key " + operation + " failed", cause);
    }
  }
}
