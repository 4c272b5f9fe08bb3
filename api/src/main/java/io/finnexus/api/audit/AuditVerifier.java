package io.finnexus.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves the chain: walks the log in sequence order and checks that every entry names its
 * predecessor's hash and that its own hash recomputes from its contents. Any edit, deletion,
 * insertion or reordering of history breaks one of the two at the first affected entry. Every run
 * (scheduled or {@code GET /audit/verify}) is reported to {@link AuditChainMetrics}.
 */
@Component
public class AuditVerifier {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final AuditChainMetrics metrics;

  public AuditVerifier(JdbcTemplate jdbc, AuditChainMetrics metrics) {
    this.metrics = metrics;
    // stream the log in batches instead of loading it whole (needs a transaction: see verify)
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(5000);
  }

  /** The outcome of a verification. */
  public record Result(boolean valid, long entries, Long brokenAtSeq, String reason, String head) {}

  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public Result verify() {
    Walk walk = new Walk();
    jdbc.query(
        "SELECT seq, at, actor, action, subject_type, subject_id, details::text AS details,"
            + " prev_hash, hash FROM audit_log ORDER BY seq",
        rs -> {
          if (walk.broken == null) {
            walk.check(rs);
          }
        });
    Result result =
        new Result(walk.broken == null, walk.count, walk.broken, walk.reason, walk.prev);
    metrics.verified(result);
    return result;
  }

  private static final class Walk {
    long count;
    String prev;
    Long broken;
    String reason;

    void check(ResultSet rs) throws SQLException {
      long seq = rs.getLong("seq");
      String prevHash = rs.getString("prev_hash");
      String hash = rs.getString("hash");
      count++;
      if (!java.util.Objects.equals(prevHash, prev)) {
        fail(seq, "prev_hash does not match the hash of the previous entry");
        return;
      }
      AuditEntry entry =
          new AuditEntry(
              rs.getObject("at", OffsetDateTime.class).toInstant(),
              rs.getString("actor"),
              rs.getString("action"),
              rs.getString("subject_type"),
              rs.getString("subject_id"),
              details(rs.getString("details")));
      if (!AuditHash.of(prevHash, entry).equals(hash)) {
        fail(seq, "hash does not match the entry's contents");
        return;
      }
      prev = hash;
    }

    void fail(long seq, String why) {
      broken = seq;
      reason = why;
    }

    private static TreeMap<String, String> details(String json) {
      Map<String, Object> raw = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      TreeMap<String, String> details = new TreeMap<>();
      raw.forEach((k, v) -> details.put(k, v == null ? null : String.valueOf(v)));
      return details;
    }
  }
}
