package io.finnexus.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail records reads and changes, refuses edits, and detects tampering. */
class AuditLogIT extends ApiTestSupport {

  @Autowired AlertUpserter upserter;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsAndChangesAreChainedAndTamperingIsDetected() {
    String c = "AU-" + UUID.randomUUID().toString().substring(0, 8);
    upserter.upsert(List.of(TestAlerts.cycle(c + "-1", c, Instant.now(), 0.9)));
    ApiClient officer = as("officer");
    officer.get("/alerts/" + c + "-1");
    officer.post("/alerts/" + c + "-1/assign", Map.of("assignee", "officer"));

    ApiClient supervisor = as("supervisor");
    var trail = supervisor.get("/audit?subjectType=alert&subjectId=" + c + "-1").json();
    assertThat(trail.toString())
        .contains("ALERT_READ")
        .contains("ALERT_ASSIGN")
        .contains("\"actor\":\"officer\"");
    var ok = supervisor.get("/audit/verify").json();
    assertThat(ok.get("valid").asBoolean()).as(ok.toString()).isTrue();
    assertThat(ok.get("entries").asLong()).isGreaterThanOrEqualTo(2);

    // Nobody may edit history: the trigger refuses, even the owner.
    long seq =
        jdbc.queryForObject(
            "SELECT seq FROM audit_log WHERE subject_id = ? AND action = 'ALERT_ASSIGN'",
            Long.class,
            c + "-1");
    assertThatThrownBy(
            () -> jdbc.update("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?", seq))
        .rootCause()
        .hasMessageContaining("append-only");

    // A superuser who disables the trigger can rewrite a row: the chain shows where.
    String original =
        jdbc.queryForObject("SELECT actor FROM audit_log WHERE seq = ?", String.class, seq);
    tamper("UPDATE audit_log SET actor = 'mallory' WHERE seq = " + seq);
    try {
      var broken = supervisor.get("/audit/verify").json();
      assertThat(broken.get("valid").asBoolean()).isFalse();
      assertThat(broken.get("brokenAtSeq").asLong()).isEqualTo(seq);
      assertThat(broken.get("reason").asString()).contains("hash");
    } finally {
      tamper("UPDATE audit_log SET actor = '" + original + "' WHERE seq = " + seq);
    }
    assertThat(supervisor.get("/audit/verify").json().get("valid").asBoolean()).isTrue();
  }

  @Test
  void aForgedEntryWithARecomputedHashStillBreaksTheChain() {
    as("officer").get("/alerts?limit=1");
    var head = jdbc.queryForMap("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    long seq = ((Number) head.get("seq")).longValue();
    // Delete the newest entry and insert a forged one pointing at the same predecessor...
    var victim = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seq);
    tamper("DELETE FROM audit_log WHERE seq = " + seq);
    try {
      AuditEntry forged = AuditEntry.now("mallory", "ALERT_READ", "alert", "*", Map.of());
      String prev = (String) victim.get("prev_hash");
      jdbc.update(
          "INSERT INTO audit_log (seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash)"
              + " VALUES (?, ?, ?, ?, ?, ?, '{}'::jsonb, ?, ?)",
          seq,
          java.sql.Timestamp.from(forged.at()),
          "mallory",
          "ALERT_READ",
          "alert",
          "*",
          prev,
          "forged-" + UUID.randomUUID());
      var result = as("supervisor").get("/audit/verify").json();
      assertThat(result.get("valid").asBoolean()).isFalse();
      assertThat(result.get("brokenAtSeq").asLong()).isEqualTo(seq);
    } finally {
      tamper("DELETE FROM audit_log WHERE seq = " + seq);
      jdbc.update(
          "INSERT INTO audit_log (seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
          seq,
          victim.get("at"),
          victim.get("actor"),
          victim.get("action"),
          victim.get("subject_type"),
          victim.get("subject_id"),
          String.valueOf(victim.get("details")),
          victim.get("prev_hash"),
          victim.get("hash"));
    }
    assertThat(as("supervisor").get("/audit/verify").json().get("valid").asBoolean()).isTrue();
  }

  /** Runs {@code sql} with the append-only trigger disabled (as the superuser the test uses). */
  private void tamper(String sql) {
    jdbc.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
    try {
      jdbc.execute(sql);
    } finally {
      jdbc.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
    }
  }
}
