package io.finnexus.retention.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One erasure request as stored. {@code reason} is the legal reason of a deferral or rejection
 * (internal: the letter to the subject must not disclose a SAR or investigation, AMLD Art. 39 / 31
 * U.S.C. 5318(g)(2)); {@code deferredUntil} is null when the deferral has no end date yet (a legal
 * hold, an active relationship). {@code outcomes} list what execution erased where.
 */
public record ErasureRequest(
    UUID id,
    String subjectId,
    ErasureState state,
    String channel,
    Instant receivedAt,
    Instant verifiedAt,
    String verifiedBy,
    Instant decidedAt,
    LocalDate deferredUntil,
    String reason,
    List<ErasureOutcome> outcomes,
    Instant confirmedAt) {

  public ErasureRequest {
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }
}
