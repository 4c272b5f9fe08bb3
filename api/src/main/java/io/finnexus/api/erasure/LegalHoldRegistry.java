package io.finnexus.api.erasure;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.problem.ApiException;
import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.hold.LegalHold;
import io.finnexus.retention.hold.LegalHolds;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places and releases legal holds, each with its audit entry in the same transaction. The audit
 * entry names the hold and its scope only: the reference is a person or case id and the reason may
 * describe an investigation.
 */
@Service
public class LegalHoldRegistry {

  private final LegalHolds holds;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  public LegalHoldRegistry(LegalHolds holds, AuditLog audit, PlatformTransactionManager tm) {
    this.holds = holds;
    this.audit = audit;
    this.tx = new TransactionTemplate(tm);
  }

  public LegalHold place(HoldScope scope, String ref, String reason, String actor) {
    return tx.execute(
        s -> {
          UUID id = holds.place(scope, ref, reason, actor);
          audit.change(actor, "legal_hold.placed", "legal_hold", id.toString(), details(scope));
          return holds.active(scope, ref).stream()
              .filter(h -> h.id().equals(id))
              .findFirst()
              .orElseThrow();
        });
  }

  public void release(UUID id, String actor) {
    tx.executeWithoutResult(
        s -> {
          if (!holds.release(id, actor)) {
            throw ApiException.notFound("active legal hold", id.toString());
          }
          audit.change(actor, "legal_hold.released", "legal_hold", id.toString(), Map.of());
        });
  }

  private static Map<String, String> details(HoldScope scope) {
    return Map.of("scope", scope.name());
  }
}
