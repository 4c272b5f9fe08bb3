package io.finnexus.retention.audit;

import java.util.Map;

/**
 * Where retention actions are recorded. {@link JdbcRetentionAudit} writes the {@code
 * retention_audit} table; the API's hash-chained audit log can implement this too.
 *
 * <p>Contract: {@code details} holds counts, states, dates and reasons; callers never pass personal
 * data (names, IBANs, memos) or key material.
 */
public interface RetentionAudit {

  /**
   * @param action e.g. {@code purge.completed}, {@code erasure.deferred}
   * @param ref the run or request id the entry is about
   */
  void record(String action, String ref, Map<String, ?> details);
}
