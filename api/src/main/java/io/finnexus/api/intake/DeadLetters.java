package io.finnexus.api.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records an alert record that could not be decoded in {@code dead_letter}, raw bytes kept. */
@Component
class DeadLetters {

  private final JdbcTemplate jdbc;

  DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String reason, String detail, byte[] key, byte[] value, String source) {
    jdbc.update(
        "INSERT INTO dead_letter (reason_code, detail, raw_key, raw_value, source, rejected_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        reason,
        detail,
        key,
        value,
        source,
        Timestamp.from(Instant.now()));
  }
}
