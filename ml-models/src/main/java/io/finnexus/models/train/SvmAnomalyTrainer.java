package io.finnexus.models.train;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.models.data.Standardizer;
import io.finnexus.models.runtime.TribuoScorers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/**
 * Trains Tribuo's one-class SVM on behaviour vectors, the alternative to the DL4J autoencoder. It
 * is unsupervised: labels of the training slice are ignored.
 */
public final class SvmAnomalyTrainer implements ModelTrainer {
  public static final String TRIBUO_PAYLOAD = "model.tribuo";
  public static final String SCALER_PAYLOAD = "scaler.json";

  private final SvmConfig config;

  public SvmAnomalyTrainer(SvmConfig config) {
    this.config = config;
  }

  @Override
  public TrainedModel train(FeatureTable train) {
    List<LabelledRow> rows = train.rows();
    int from = Math.max(0, rows.size() - config.maxTrainingRows());
    FeatureTable slice = train.withRows(rows.subList(from, rows.size()));
    Standardizer scaler = Standardizer.fit(slice);
    SVMParameters<Event> params =
        new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS), KernelType.RBF);
    params.setNu(config.nu());
    params.setGamma(config.gamma() > 0 ? config.gamma() : 1.0 / train.featureNames().size());
    Model<Event> model =
        new LibSVMAnomalyTrainer(params, config.seed())
            .train(TribuoTables.expectedEvents(scaler.apply(slice)));
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    payloads.put(TRIBUO_PAYLOAD, GbtTrainer.serialize(model));
    payloads.put(SCALER_PAYLOAD, GbtTrainer.json(scaler));
    return new TrainedModel(
        TribuoScorers.anomalyScore(model, train.featureNames(), scaler),
        payloads,
        "tribuo-libsvm-one-class",
        config.asMap(),
        LibraryVersions.of(libsvm.svm.class));
  }
}
