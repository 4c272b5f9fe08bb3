package io.finnexus.retention.hold;

import java.time.Instant;
import java.util.UUID;

/** An active or released legal hold; {@code reason} is free text for the officer, never data. */
public record LegalHold(
    UUID id,
    HoldScope scope,
    String scopeRef,
    String reason,
    String placedBy,
    Instant placedAt,
    Instant releasedAt) {

  public boolean active() {
    return releasedAt == null;
  }
}
