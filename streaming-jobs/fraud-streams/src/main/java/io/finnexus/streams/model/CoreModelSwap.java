package io.finnexus.streams.model;

import io.finnexus.models.runtime.CoreFraudModel;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.scoring.fraud.FraudModel;
import io.finnexus.scoring.fraud.FraudScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Swaps the scoring core's models on a lineup change: loads each named artifact (from {@link
 * ArtifactSource}, as a {@link CoreFraudModel}, which refuses a model of another feature schema)
 * and hands champion and shadows to {@link FraudScorer#useModels} in one call. Loaded models are
 * cached by id and version, so a replay of the events on restart loads each artifact once. If any
 * model cannot be loaded the whole lineup is refused and the current one keeps serving.
 */
public final class CoreModelSwap implements ModelLineupListener {

  private static final Logger LOG = LoggerFactory.getLogger(CoreModelSwap.class);

  private final FraudScorer scorer;
  private final ArtifactSource artifacts;
  private final Map<String, FraudModel> loaded = new ConcurrentHashMap<>();
  private volatile FraudModel startupChampion;

  /**
   * @param startupChampion the champion served until an event names one (null = rules only)
   */
  public CoreModelSwap(FraudScorer scorer, ArtifactSource artifacts, FraudModel startupChampion) {
    this.scorer = scorer;
    this.artifacts = artifacts;
    this.startupChampion = startupChampion;
  }

  @Override
  public boolean lineupChanged(Optional<ModelEvent> champion, List<ModelEvent> shadows) {
    try {
      FraudModel head = champion.isPresent() ? load(champion.get()) : startupChampion;
      List<FraudModel> challengers = new ArrayList<>(shadows.size());
      for (ModelEvent shadow : shadows) {
        challengers.add(load(shadow));
      }
      scorer.useModels(head, challengers);
      LOG.info(
          "serving champion {} with shadows {}",
          head == null ? "none (rules only)" : head.id() + ":" + head.version(),
          challengers.stream().map(m -> m.id() + ":" + m.version()).toList());
      return true;
    } catch (RuntimeException e) {
      LOG.error("model lineup refused, the current one keeps serving: {}", e.getMessage());
      return false;
    }
  }

  private FraudModel load(ModelEvent event) {
    return loaded.computeIfAbsent(
        event.getModelId() + ":" + event.getModelVersion(),
        key -> new CoreFraudModel(ModelLoader.load(artifacts.fetch(event))));
  }
}
