package io.finnexus.retention.erasure;

import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.hold.LegalHold;
import io.finnexus.retention.hold.LegalHolds;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Defers erasure while a customer-level legal hold covers the subject. Names the holds by id, not
 * by their free-text reason, which may describe an investigation.
 */
public final class LegalHoldObligation implements RetentionObligation {

  private final LegalHolds holds;

  public LegalHoldObligation(LegalHolds holds) {
    this.holds = holds;
  }

  @Override
  public Optional<Deferral> check(String subjectId, LocalDate today) {
    List<LegalHold> active = holds.active(HoldScope.CUSTOMER, subjectId);
    if (active.isEmpty()) {
      return Optional.empty();
    }
    String ids = active.stream().map(h -> h.id().toString()).collect(Collectors.joining(", "));
    return Optional.of(
        new Deferral(
            "legal hold " + ids + " (GDPR Art. 17(3)(b),(e)): kept until the hold is released",
            null));
  }
}
