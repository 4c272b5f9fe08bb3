package io.finnexus.models.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.models.SyntheticTransactions;
import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.runtime.Evaluation;
import io.finnexus.models.runtime.LoadedModel;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.models.train.SvmAnomalyTrainer;
import io.finnexus.models.train.SvmConfig;
import io.finnexus.models.train.TrainingRun;
import io.finnexus.scoring.LabelledTransaction;
import org.junit.jupiter.api.Test;

class AutoencoderTest {
  private static final FeatureTable WINDOWS =
      BehaviourVectors.table(
          SyntheticTransactions.generate(400, 28, 5L), LabelledTransaction::fraud, 7);

  @Test
  void autoencoder_flags_fraud_windows_above_chance_and_reloads_identically() {
    AeConfig quick = new AeConfig(10, 4, 5, 64, 3e-3, true, 7L);
    TrainingRun.Result run =
        new TrainingRun(
                ModelKind.ANOMALY_AE, new AutoencoderTrainer(quick), 0.6, TrainedFixtures.CLOCK)
            .run(WINDOWS);

    assertThat(run.artifact().manifest().metrics().rocAuc()).isGreaterThan(0.6);
    LoadedModel loaded = ModelLoader.load(ArtifactCodec.toBytes(run.artifact()));
    assertThat(Evaluation.evaluate(loaded, run.split().validation()).rocAuc())
        .isEqualTo(run.artifact().manifest().metrics().rocAuc());
  }

  @Test
  void one_class_svm_is_the_alternative_and_reloads_identically() {
    TrainingRun.Result run =
        new TrainingRun(
                ModelKind.ANOMALY_SVM,
                new SvmAnomalyTrainer(SvmConfig.defaults()),
                0.6,
                TrainedFixtures.CLOCK)
            .run(WINDOWS);

    assertThat(run.artifact().manifest().metrics().rocAuc()).isGreaterThan(0.6);
    LoadedModel loaded = ModelLoader.load(ArtifactCodec.toBytes(run.artifact()));
    assertThat(Evaluation.evaluate(loaded, run.split().validation()).rocAuc())
        .isEqualTo(run.artifact().manifest().metrics().rocAuc());
  }
}
