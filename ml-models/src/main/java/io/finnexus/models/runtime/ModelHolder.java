package io.finnexus.models.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ModelLineup} of one slot behind an atomic reference, so engines swap
 * models without a restart: a score always uses one consistent lineup (read once), and a swap is a
 * single reference write that never blocks scoring.
 */
public final class ModelHolder {
  private final AtomicReference<ModelLineup> lineup;

  public ModelHolder(ModelLineup initial) {
    this.lineup = new AtomicReference<>(initial);
  }

  public ModelLineup current() {
    return lineup.get();
  }

  /** Scores with the champion and every shadow of the lineup current at the call. */
  public LineupScores score(double[] features) {
    ModelLineup now = lineup.get();
    List<ModelScore> shadows = new ArrayList<>(now.shadows().size());
    for (LoadedModel shadow : now.shadows()) {
      shadows.add(shadow.score(features));
    }
    return new LineupScores(now.champion().score(features), shadows);
  }

  /** Replaces the whole lineup; returns the one it replaced. */
  public ModelLineup swap(ModelLineup next) {
    return lineup.getAndSet(next);
  }

  /** Makes {@code champion} the champion, keeping the shadows (minus the new champion). */
  public ModelLineup promote(LoadedModel champion) {
    return lineup.getAndUpdate(
        old ->
            new ModelLineup(
                champion,
                old.shadows().stream().filter(s -> !s.id().equals(champion.id())).toList()));
  }

  public ModelLineup withShadows(List<LoadedModel> shadows) {
    return lineup.getAndUpdate(old -> new ModelLineup(old.champion(), shadows));
  }
}
