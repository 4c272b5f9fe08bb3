package io.finnexus.retention.erasure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of an erasure request. RECEIVED → VERIFIED (identity checked) or REJECTED; VERIFIED →
 * EXECUTED or DEFERRED (a legal obligation to keep the data); DEFERRED → EXECUTED once it lapses;
 * EXECUTED → CONFIRMED when every target reports nothing readable left.
 */
public enum ErasureState {
  RECEIVED,
  VERIFIED,
  REJECTED,
  DEFERRED,
  EXECUTED,
  CONFIRMED;

  /** States from which {@code this} may be entered. */
  Set<ErasureState> allowedFrom() {
    return switch (this) {
      case RECEIVED -> EnumSet.noneOf(ErasureState.class);
      case VERIFIED, REJECTED -> EnumSet.of(RECEIVED);
      case DEFERRED, EXECUTED -> EnumSet.of(VERIFIED, DEFERRED);
      case CONFIRMED -> EnumSet.of(EXECUTED);
    };
  }
}
