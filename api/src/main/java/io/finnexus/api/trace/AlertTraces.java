package io.finnexus.api.trace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trace context each alert was stored in (table {@code alert_trace}, one {@code traceparent}
 * per alert): the intake span of its first delivery, so that later reads of the alert join the
 * trace that raised it. A replay keeps the first; an alert deleted by retention takes its row
 * along.
 */
@Component
public class AlertTraces {

  private static final String REMEMBER =
      "INSERT INTO alert_trace (alert_id, traceparent) VALUES (?, ?)"
          + " ON CONFLICT (alert_id) DO NOTHING";

  private static final Logger LOG = LoggerFactory.getLogger(AlertTraces.class);

  private final JdbcTemplate jdbc;

  public AlertTraces(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores alert id → traceparent, before the alerts themselves so that a read never comes first. A
   * failure is logged, not thrown: tracing never holds up the intake of alerts.
   */
  public void remember(Map<String, String> traceparents) {
    if (traceparents.isEmpty()) {
      return;
    }
    try {
      jdbc.batchUpdate(
          REMEMBER,
          traceparents.entrySet().stream()
              .map(e -> new Object[] {e.getKey(), e.getValue()})
              .toList());
    } catch (DataAccessException e) {
      LOG.warn("trace context of {} alerts not stored: {}", traceparents.size(), e.toString());
    }
  }

  /** The traceparent stored with {@code alertId}, if any. */
  public Optional<String> find(String alertId) {
    List<String> found =
        jdbc.queryForList(
            "SELECT traceparent FROM alert_trace WHERE alert_id = ?", String.class, alertId);
    return found.stream().findFirst();
  }
}
