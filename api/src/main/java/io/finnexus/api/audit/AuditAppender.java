package io.finnexus.api.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. Writers from every API instance serialize on one transaction-scoped
 * PostgreSQL advisory lock, read the newest hash and insert; the lock is held until the caller's
 * transaction commits, so no two entries can claim the same predecessor.
 */
@Component
public class AuditAppender {

  /** Advisory-lock key of the audit chain (arbitrary, fixed: "FNXAUDIT"). */
  static final long CHAIN_LOCK = 0x464e584155444954L;

  private final JdbcTemplate jdbc;

  public AuditAppender(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Appends {@code entries} in order inside the caller's transaction (one is required). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
    List<String> last =
        jdbc.queryForList("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", String.class);
    String prev = last.isEmpty() ? null : last.get(0);
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      String hash = AuditHash.of(prev, entry);
      rows.add(
          new Object[] {
            Timestamp.from(entry.at()),
            entry.actor(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId(),
            AuditHash.detailsJson(entry),
            prev,
            hash
          });
      prev = hash;
    }
    jdbc.batchUpdate(
        "INSERT INTO audit_log (at, actor, action, subject_type, subject_id, details, prev_hash,"
            + " hash) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
        rows);
  }
}
