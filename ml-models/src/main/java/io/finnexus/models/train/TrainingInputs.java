package io.finnexus.models.train;

import io.finnexus.models.anomaly.BehaviourVectors;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.features.CoreFraudFeatures;
import io.finnexus.models.features.FeatureReplay;
import io.finnexus.scoring.LabelledTransaction;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one place that decides which features and which trainer a model kind uses, shared by {@code
 * finnexus train} and {@code finnexus model-eval} so that evaluation computes features exactly as
 * training did.
 */
public final class TrainingInputs {
  /** Window of the behaviour vectors of the anomaly models. */
  public static final int BEHAVIOUR_WINDOW_DAYS = 7;

  private TrainingInputs() {}

  /** Features for {@code kind}, replayed in event-time order. */
  public static FeatureTable table(
      ModelKind kind,
      List<LabelledTransaction> transactions,
      Predicate<LabelledTransaction> label) {
    return switch (kind) {
      case FRAUD_GBT, FRAUD_LR ->
          FeatureReplay.replay(transactions, new CoreFraudFeatures(), label);
      case ANOMALY_AE, ANOMALY_SVM ->
          BehaviourVectors.table(transactions, label, BEHAVIOUR_WINDOW_DAYS);
    };
  }

  /** The trainer of {@code kind} with its default hyperparameters. */
  public static ModelTrainer defaultTrainer(ModelKind kind) {
    return switch (kind) {
      case FRAUD_GBT -> new GbtTrainer(GbtConfig.defaults());
      case FRAUD_LR -> new LrTrainer(LrConfig.defaults());
      case ANOMALY_SVM -> new SvmAnomalyTrainer(SvmConfig.defaults());
      case ANOMALY_AE -> autoencoder();
    };
  }

  private static ModelTrainer autoencoder() {
    try {
      return (ModelTrainer)
          Class.forName("io.finnexus.models.anomaly.AutoencoderTrainer")
              .getConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the DL4J autoencoder is not available in this build", e);
    }
  }
}
