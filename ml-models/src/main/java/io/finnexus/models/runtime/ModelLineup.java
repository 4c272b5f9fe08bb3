package io.finnexus.models.runtime;

import java.util.List;

/**
 * The models serving one slot at one moment: the champion whose score is acted on, and shadow
 * challengers that are scored and logged but never acted on. Immutable, swapped as a whole.
 */
public record ModelLineup(LoadedModel champion, List<LoadedModel> shadows) {
  public ModelLineup {
    shadows = List.copyOf(shadows);
  }

  public static ModelLineup championOnly(LoadedModel champion) {
    return new ModelLineup(champion, List.of());
  }
}
