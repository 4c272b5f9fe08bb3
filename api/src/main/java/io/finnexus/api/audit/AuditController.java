package io.finnexus.api.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and verifying the audit log (supervisors and admins). */
@RestController
@RequestMapping("/audit")
@Validated
public class AuditController {

  private final AuditVerifier verifier;
  private final JdbcTemplate jdbc;

  public AuditController(AuditVerifier verifier, JdbcTemplate jdbc) {
    this.verifier = verifier;
    this.jdbc = jdbc;
  }

  /** Walks the whole chain; {@code valid=false} names the first broken entry. */
  @GetMapping("/verify")
  public AuditVerifier.Result verify() {
    return verifier.verify();
  }

  /** The newest entries, optionally for one subject. */
  @GetMapping
  public List<Map<String, Object>> entries(
      @RequestParam(required = false) @Size(max = 40) String subjectType,
      @RequestParam(required = false) @Size(max = 200) String subjectId,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return jdbc.queryForList(
        "SELECT seq, at, actor, action, subject_type AS \"subjectType\", subject_id AS"
            + " \"subjectId\", details::text AS details, hash FROM audit_log"
            + " WHERE (?::text IS NULL OR subject_type = ?) AND (?::text IS NULL OR subject_id = ?)"
            + " ORDER BY seq DESC LIMIT ?",
        subjectType,
        subjectType,
        subjectId,
        subjectId,
        limit);
  }
}
