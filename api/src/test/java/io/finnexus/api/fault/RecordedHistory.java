package io.finnexus.api.fault;

import io.finnexus.api.audit.AuditVerifier;
import io.finnexus.embedded.history.HistoryCheck.AuditRecord;
import io.finnexus.embedded.history.HistoryCheck.ChainVerdict;
import io.finnexus.embedded.history.HistoryCheck.StoredAlert;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an API instance's database recorded, as the history checker reads it: the stored alerts (id
 * and the transactions they are about), the audit entries, and the product's own verdict on the
 * audit chain ({@link AuditVerifier}, as {@code GET /audit/verify} runs it).
 */
record RecordedHistory(List<StoredAlert> alerts, List<AuditRecord> audit, ChainVerdict chain) {

  static RecordedHistory of(ApiInstance api) {
    JdbcTemplate jdbc = api.bean(JdbcTemplate.class);
    List<StoredAlert> alerts =
        jdbc.query(
            "SELECT alert_id, transaction_ids FROM alert",
            (rs, i) ->
                new StoredAlert(
                    rs.getString(1), Arrays.asList((String[]) rs.getArray(2).getArray())));
    List<AuditRecord> audit =
        jdbc.query(
            "SELECT action, subject_id FROM audit_log ORDER BY seq",
            (rs, i) -> new AuditRecord(rs.getString(1), rs.getString(2)));
    AuditVerifier.Result result = api.bean(AuditVerifier.class).verify();
    return new RecordedHistory(
        alerts,
        audit,
        new ChainVerdict(result.valid(), result.entries(), result.brokenAtSeq(), result.reason()));
  }
}
