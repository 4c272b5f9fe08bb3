package io.finnexus.models.train;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.Standardizer;
import io.finnexus.models.runtime.TribuoScorers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Trains the logistic-regression baseline (Tribuo linear SGD) on standardised features. The
 * standardiser fitted on the training slice is stored as {@value #SCALER_PAYLOAD}.
 */
public final class LrTrainer implements ModelTrainer {
  public static final String TRIBUO_PAYLOAD = "model.tribuo";
  public static final String SCALER_PAYLOAD = "scaler.json";

  private final LrConfig config;

  public LrTrainer(LrConfig config) {
    this.config = config;
  }

  @Override
  public TrainedModel train(FeatureTable train) {
    long positives = train.positives();
    double weight =
        config.classWeights().positiveWeight(positives, train.rows().size() - positives);
    Standardizer scaler = Standardizer.fit(train);
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new LogMulticlass(),
            new AdaGrad(config.learningRate()),
            config.epochs(),
            Math.max(1, train.rows().size() / 10),
            config.minibatchSize(),
            config.seed());
    Model<Label> model = trainer.train(TribuoTables.labelled(scaler.apply(train), weight));
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    payloads.put(TRIBUO_PAYLOAD, GbtTrainer.serialize(model));
    payloads.put(SCALER_PAYLOAD, GbtTrainer.json(scaler));
    Map<String, String> hyper = new LinkedHashMap<>(config.asMap());
    hyper.put("positiveWeight", String.valueOf(weight));
    return new TrainedModel(
        TribuoScorers.fraudProbability(model, train.featureNames(), scaler),
        payloads,
        "tribuo-linear-sgd",
        hyper,
        LibraryVersions.of());
  }
}
