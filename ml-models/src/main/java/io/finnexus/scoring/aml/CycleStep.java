package io.finnexus.scoring.aml;

import java.util.List;

/**
 * What one cycle-tracker step produced: tokens the engine must route to {@link
 * PathToken#receiver()} and loops closed at this key (each a token whose receiver is its origin).
 */
public record CycleStep(List<PathToken> forward, List<PathToken> cycles) {
  public static final CycleStep NONE = new CycleStep(List.of(), List.of());
}
