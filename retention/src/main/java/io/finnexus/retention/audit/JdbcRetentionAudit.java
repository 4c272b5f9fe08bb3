package io.finnexus.retention.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** {@link RetentionAudit} appending to {@code retention_audit}; details as sorted key=value. */
public final class JdbcRetentionAudit implements RetentionAudit {

  private final DataSource dataSource;

  public JdbcRetentionAudit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void record(String action, String ref, Map<String, ?> details) {
    String text =
        new TreeMap<>(details)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    String sql = "INSERT INTO retention_audit (action, ref, details) VALUES (?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, action);
      ps.setString(2, ref);
      ps.setString(3, text);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("retention_audit insert failed", e);
    }
  }
}
