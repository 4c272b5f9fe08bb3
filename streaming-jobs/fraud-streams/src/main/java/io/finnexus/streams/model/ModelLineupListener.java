package io.finnexus.streams.model;

import io.finnexus.schemas.avro.ModelEvent;
import java.util.List;
import java.util.Optional;

/**
 * Told the serving lineup whenever the model events change it: the newest {@code CHAMPION} event
 * and every {@code SHADOW} event of the app's model name. The implementation loads the artifacts
 * and swaps them into the scoring core's model holder in one atomic write; a lineup it cannot load
 * is refused and the current one keeps serving.
 */
public interface ModelLineupListener {

  /**
   * Applies a lineup; returns true when it was swapped in.
   *
   * @param champion the champion's latest event, or empty while the events name none (the app keeps
   *     its startup champion)
   * @param shadows the shadow challengers' latest events, oldest first
   */
  boolean lineupChanged(Optional<ModelEvent> champion, List<ModelEvent> shadows);
}
