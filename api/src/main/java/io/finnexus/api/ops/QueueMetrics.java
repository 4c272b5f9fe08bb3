package io.finnexus.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code finnexus.alert.queue{status}} and {@code finnexus.case.queue{status}}: how many
 * alerts and cases wait in each state, refreshed every 15 s by one grouped count (never per
 * scrape).
 */
@Component
public class QueueMetrics {

  private static final String[] ALERT_STATES = {"NEW", "IN_REVIEW", "IN_CASE", "CLOSED"};
  private static final String[] CASE_STATES = {"OPEN", "ESCALATED", "PENDING_APPROVAL", "CLOSED"};

  private final JdbcTemplate jdbc;
  private final Map<String, AtomicLong> alertCounts = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> caseCounts = new ConcurrentHashMap<>();

  public QueueMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    for (String s : ALERT_STATES) {
      AtomicLong v = alertCounts.computeIfAbsent(s, k -> new AtomicLong());
      Gauge.builder("finnexus.alert.queue", v, AtomicLong::get).tag("status", s).register(registry);
    }
    for (String s : CASE_STATES) {
      AtomicLong v = caseCounts.computeIfAbsent(s, k -> new AtomicLong());
      Gauge.builder("finnexus.case.queue", v, AtomicLong::get).tag("status", s).register(registry);
    }
  }

  @Scheduled(fixedDelayString = "${finnexus.metrics.queue-refresh:15s}", initialDelay = 1000)
  public void refresh() {
    count("SELECT status, count(*) FROM alert GROUP BY status", alertCounts);
    count("SELECT status, count(*) FROM alert_case GROUP BY status", caseCounts);
  }

  private void count(String sql, Map<String, AtomicLong> target) {
    Map<String, Long> seen = new ConcurrentHashMap<>();
    jdbc.query(
        sql,
        rs -> {
          seen.put(rs.getString(1), rs.getLong(2));
        });
    target.forEach((status, value) -> value.set(seen.getOrDefault(status, 0L)));
  }
}
