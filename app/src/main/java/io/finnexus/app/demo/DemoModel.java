package io.finnexus.app.demo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.finnexus.app.generate.TrafficGenerator;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.registry.GateDecision;
import io.finnexus.models.registry.ModelEventPublisher;
import io.finnexus.models.registry.ModelRegistry;
import io.finnexus.models.registry.PromotionGate;
import io.finnexus.models.registry.RegisteredModel;
import io.finnexus.models.train.TrainingInputs;
import io.finnexus.models.train.TrainingRun;
import io.finnexus.scoring.LabelledTransaction;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Makes sure the demo's model registry has a fraud champion: on the first run it trains the
 * gradient-boosted fraud model on generated traffic (other seed than the demo's live traffic),
 * registers it with its validation slice as holdout, and promotes it through the gate, which
 * publishes the {@code model-events} record the streams app loads it from. Later runs find it.
 */
final class DemoModel {
  static final String MODEL_NAME = "fraud";
  static final String DATABASE = "finnexus";
  private static final long TRAINING_SEED = 7;
  private static final int TRAINING_ACCOUNTS = 1_500;
  private static final int TRAINING_DAYS = 30;

  private DemoModel() {}

  /** The champion's id, trained and promoted first if there is none. */
  static String ensureChampion(String mongoUri, ModelEventPublisher publisher, PrintStream log) {
    try (MongoClient client = MongoClients.create(mongoUri)) {
      ModelRegistry registry =
          new ModelRegistry(
              client.getDatabase(DATABASE), PromotionGate.defaults(), publisher, Clock.systemUTC());
      var champion = registry.champion(MODEL_NAME);
      if (champion.isPresent()) {
        log.println("demo: fraud champion " + champion.get().modelId());
        return champion.get().modelId();
      }
      return trainAndPromote(registry, log);
    }
  }

  private static String trainAndPromote(ModelRegistry registry, PrintStream log) {
    log.println("demo: training the first fraud model (gradient-boosted trees) ...");
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(TRAINING_DAYS + 30L);
    List<LabelledTransaction> rows =
        new TrafficGenerator(TRAINING_ACCOUNTS, TRAINING_DAYS, TRAINING_SEED, start)
            .generate(null)
            .rows();
    FeatureTable table =
        TrainingInputs.table(ModelKind.FRAUD_GBT, rows, LabelledTransaction::fraud);
    TrainingRun.Result result =
        new TrainingRun(
                ModelKind.FRAUD_GBT,
                TrainingInputs.defaultTrainer(ModelKind.FRAUD_GBT),
                TrainingRun.DEFAULT_TRAIN_FRACTION,
                Clock.systemUTC())
            .run(table);
    RegisteredModel model = registry.register(result.artifact());
    registry.registerHoldout(MODEL_NAME, result.split().validation());
    GateDecision decision = registry.promote(model.modelId());
    if (!decision.accepted()) {
      throw new IllegalStateException("the demo model was refused by the gate: " + decision);
    }
    log.println(
        "demo: fraud champion "
            + model.modelId()
            + " ("
            + result.artifact().manifest().metrics().summaryLine()
            + ")");
    return model.modelId();
  }
}
