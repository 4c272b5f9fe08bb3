package io.finnexus.streams.score;

import io.finnexus.models.runtime.CoreFraudModel;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.scoring.fraud.FraudModel;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.streams.StreamsSettings;
import io.finnexus.streams.model.ArtifactSource;
import io.finnexus.streams.model.CoreModelSwap;
import io.finnexus.streams.model.ModelLineupListener;
import io.finnexus.streams.ops.FraudMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/**
 * Binds the app to the scoring core: one {@link FraudScorer} (default thresholds) shared by every
 * stream thread, the {@link AccountScorer} the score processor calls and the {@link
 * ModelLineupListener} that swaps the scorer's models.
 *
 * @param scorer scores a transaction against its account's state
 * @param models swaps the model lineup on model events
 */
public record CoreBinding(AccountScorer scorer, ModelLineupListener models) {

  /** The production binding for {@code settings}. */
  public static CoreBinding create(StreamsSettings settings, FraudMetrics metrics) {
    FraudModel startup = settings.championArtifact().map(CoreBinding::load).orElse(null);
    FraudScorer core = new FraudScorer(FraudThresholds.defaults(), startup, List.of());
    ArtifactSource artifacts =
        settings.registryUri().isPresent()
            ? ArtifactSource.withRegistry(
                settings.artifactDir(),
                settings.registryUri().get(),
                settings.registryDatabase(),
                metrics.registry())
            : settings
                .artifactDir()
                .map(ArtifactSource::inlineOrDirectory)
                .orElse(ArtifactSource.inlineOnly());
    return new CoreBinding(
        new CoreAccountScorer(core, Clock.systemUTC(), settings.stateCacheAccounts()),
        new CoreModelSwap(core, artifacts, startup));
  }

  private static FraudModel load(java.nio.file.Path artifact) {
    try {
      return new CoreFraudModel(ModelLoader.load(Files.readAllBytes(artifact)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the champion artifact " + artifact, e);
    }
  }
}
