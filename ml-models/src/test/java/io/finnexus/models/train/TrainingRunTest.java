package io.finnexus.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ArtifactManifest;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.models.runtime.Evaluation;
import io.finnexus.models.runtime.LoadedModel;
import io.finnexus.models.runtime.ModelLoader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

  @Test
  void gbt_finds_fraud_in_a_later_time_slice_it_never_saw() {
    TrainingRun.Result result = TrainedFixtures.gbt();
    ArtifactManifest m = result.artifact().manifest();

    assertThat(result.split().train().rows())
        .allMatch(r -> r.eventTimeMillis() < result.split().cutoffMillis());
    assertThat(result.split().validation().rows())
        .allMatch(r -> r.eventTimeMillis() >= result.split().cutoffMillis());
    assertThat(m.metrics().prAuc()).isGreaterThanOrEqualTo(0.8);
    assertThat(m.metrics().rocAuc()).isGreaterThan(0.9);
    assertThat(m.metrics().positives()).isPositive();
  }

  @Test
  void artifact_carries_features_threshold_metrics_and_provenance() {
    ArtifactManifest m = TrainedFixtures.gbt().artifact().manifest();

    assertThat(m.kind()).isEqualTo(ModelKind.FRAUD_GBT);
    assertThat(m.featureNames()).isEqualTo(TrainedFixtures.fraudTable().featureNames());
    assertThat(m.featureSchemaVersion()).isEqualTo(TrainedFixtures.fraudTable().schemaVersion());
    assertThat(m.threshold()).isBetween(0.0, 1.0);
    assertThat(m.provenance().dataSha256()).hasSize(64);
    assertThat(m.provenance().hyperparameters())
        .containsEntry("treeMethod", "HIST")
        .containsEntry("numTrees", "60");
    assertThat(m.provenance().libraryVersions()).containsKeys("tribuo", "java");
    assertThat(Instant.parse(m.provenance().createdAt()))
        .isEqualTo(TrainedFixtures.CLOCK.instant());
    assertThat(m.metrics().reliability()).hasSize(10);
  }

  @Test
  void a_saved_artifact_loads_and_scores_exactly_as_the_trained_model() {
    TrainingRun.Result result = TrainedFixtures.gbt();
    byte[] fnx = ArtifactCodec.toBytes(result.artifact());

    LoadedModel loaded = ModelLoader.load(fnx);

    assertThat(Evaluation.evaluate(loaded, result.split().validation()))
        .isEqualTo(result.artifact().manifest().metrics());
    LabelledRow row = result.split().validation().rows().get(0);
    assertThat(loaded.score(row.features()).modelId()).isEqualTo(loaded.id());
  }

  @Test
  void logistic_regression_baseline_trains_and_ranks_fraud_above_chance() {
    TrainingRun.Result lr =
        new TrainingRun(
                ModelKind.FRAUD_LR, new LrTrainer(LrConfig.defaults()), 0.7, TrainedFixtures.CLOCK)
            .run(TrainedFixtures.fraudTable());

    assertThat(lr.artifact().manifest().metrics().rocAuc()).isGreaterThan(0.8);
    LoadedModel loaded = ModelLoader.load(ArtifactCodec.toBytes(lr.artifact()));
    assertThat(Evaluation.evaluate(loaded, lr.split().validation()).rocAuc())
        .isEqualTo(lr.artifact().manifest().metrics().rocAuc());
  }
}
