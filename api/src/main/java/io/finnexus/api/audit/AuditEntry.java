package io.finnexus.api.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One audit fact: who did what to which subject, when, with string details (never secrets).
 *
 * <p>Contract: {@code at} is truncated to microseconds (PostgreSQL's precision) and {@code details}
 * is sorted, so that the hash computed before the insert equals the one recomputed from the row.
 */
public record AuditEntry(
    Instant at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    SortedMap<String, String> details) {

  public AuditEntry {
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    details = new TreeMap<>(details == null ? Map.of() : details);
  }

  /** An entry stamped now. */
  public static AuditEntry now(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Map<String, String> details) {
    return new AuditEntry(
        Instant.now(), actor, action, subjectType, subjectId, new TreeMap<>(details));
  }
}
