package io.finnexus.scoring.sanctions;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of screening one name: the name as given and as normalised (so an officer sees what
 * was compared), the threshold applied, and the matching entries at or above it, best first, at
 * most one per entry (its best-scoring name). No matches means no listed party passed the
 * threshold.
 */
public record ScreeningResult(
    String query, String normalizedQuery, double threshold, List<ScreeningMatch> matches) {

  public ScreeningResult {
    matches = List.copyOf(matches);
  }

  public Optional<ScreeningMatch> best() {
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  public boolean isHit() {
    return !matches.isEmpty();
  }

  /** Best score, or 0 when nothing passed the threshold. */
  public double bestScore() {
    return matches.isEmpty() ? 0.0 : matches.get(0).score();
  }
}
