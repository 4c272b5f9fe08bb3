package io.finnexus.api.erasure;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.retention.audit.RetentionAudit;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The retention module's audit seam on the API's hash-chained audit log: the entry is written in
 * the caller's transaction (see {@link ErasureRequests}), by the signed-in user. The retention
 * module only passes ids, states, dates and counts.
 */
final class ApiRetentionAudit implements RetentionAudit {

  private final AuditLog audit;

  ApiRetentionAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void record(String action, String ref, Map<String, ?> details) {
    Map<String, String> text = new TreeMap<>();
    details.forEach((k, v) -> text.put(k, String.valueOf(v)));
    audit.change(actor(), action, "erasure_request", ref, text);
  }

  static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
  }
}
