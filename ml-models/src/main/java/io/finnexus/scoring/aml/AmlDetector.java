package io.finnexus.scoring.aml;

import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;

/**
 * One per-key typology check, run by {@link AmlMonitor} after the movement was recorded in the
 * state. Returns a finding or null; never throws on odd input.
 */
public interface AmlDetector {
  Finding inspect(AmlAccountState state, Movement movement);
}
