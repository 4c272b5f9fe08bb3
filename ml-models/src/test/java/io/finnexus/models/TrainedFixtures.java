package io.finnexus.models;

import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.features.CoreFraudFeatures;
import io.finnexus.models.features.FeatureReplay;
import io.finnexus.models.train.GbtConfig;
import io.finnexus.models.train.GbtTrainer;
import io.finnexus.models.train.TrainingRun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared, lazily built training data and a small GBT run for the model tests. */
public final class TrainedFixtures {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

  private static FeatureTable table;
  private static TrainingRun.Result gbt;

  private TrainedFixtures() {}

  public static synchronized FeatureTable fraudTable() {
    if (table == null) {
      table =
          FeatureReplay.fraudTable(
              SyntheticTransactions.generate(600, 30, 7L), new CoreFraudFeatures());
    }
    return table;
  }

  public static GbtConfig smallGbt() {
    GbtConfig d = GbtConfig.defaults();
    return new GbtConfig(
        60,
        0.2,
        5,
        d.minChildWeight(),
        d.subsample(),
        d.featureSubsample(),
        d.lambda(),
        d.alpha(),
        d.gamma(),
        2,
        7L,
        d.classWeights());
  }

  public static synchronized TrainingRun.Result gbt() {
    if (gbt == null) {
      gbt =
          new TrainingRun(ModelKind.FRAUD_GBT, new GbtTrainer(smallGbt()), 0.7, CLOCK)
              .run(fraudTable());
    }
    return gbt;
  }
}
