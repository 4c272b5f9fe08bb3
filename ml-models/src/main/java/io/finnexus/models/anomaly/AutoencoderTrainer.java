package io.finnexus.models.anomaly;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.models.data.Standardizer;
import io.finnexus.models.train.LibraryVersions;
import io.finnexus.models.train.ModelTrainer;
import io.finnexus.models.train.TrainedModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains the autoencoder (d → hidden → bottleneck → hidden → d) on standardised behaviour vectors;
 * a window's anomaly score is its mean squared reconstruction error ({@link AutoencoderScorer}).
 */
public final class AutoencoderTrainer implements ModelTrainer {
  public static final String NETWORK_PAYLOAD = "autoencoder.dl4j";
  public static final String SCALER_PAYLOAD = "scaler.json";

  private final AeConfig config;

  public AutoencoderTrainer() {
    this(AeConfig.defaults());
  }

  public AutoencoderTrainer(AeConfig config) {
    this.config = config;
  }

  @Override
  public TrainedModel train(FeatureTable train) {
    Nd4jRuntime.configure();
    List<LabelledRow> rows =
        config.trainOnNormalOnly()
            ? train.rows().stream().filter(r -> !r.positive()).toList()
            : train.rows();
    FeatureTable slice = train.withRows(rows);
    Standardizer scaler = Standardizer.fit(slice);
    MultiLayerNetwork net = new MultiLayerNetwork(configuration(train.featureNames().size()));
    net.init();
    INDArray x = matrix(scaler.apply(slice));
    DataSet data = new DataSet(x, x);
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      data.shuffle(config.seed() + epoch);
      data.batchBy(config.batchSize()).forEach(net::fit);
    }
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    payloads.put(NETWORK_PAYLOAD, serialize(net));
    payloads.put(SCALER_PAYLOAD, AutoencoderScorer.json(scaler));
    return new TrainedModel(
        new AutoencoderScorer(net, scaler),
        payloads,
        "dl4j-autoencoder",
        config.asMap(),
        LibraryVersions.of(MultiLayerNetwork.class, Nd4j.class));
  }

  private MultiLayerConfiguration configuration(int d) {
    return new NeuralNetConfiguration.Builder()
        .seed(config.seed())
        .weightInit(WeightInit.XAVIER)
        .updater(new Adam(config.learningRate()))
        .list()
        .layer(
            new DenseLayer.Builder()
                .nIn(d)
                .nOut(config.hidden())
                .activation(Activation.TANH)
                .build())
        .layer(
            new DenseLayer.Builder()
                .nIn(config.hidden())
                .nOut(config.bottleneck())
                .activation(Activation.TANH)
                .build())
        .layer(
            new DenseLayer.Builder()
                .nIn(config.bottleneck())
                .nOut(config.hidden())
                .activation(Activation.TANH)
                .build())
        .layer(
            new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                .nIn(config.hidden())
                .nOut(d)
                .activation(Activation.IDENTITY)
                .build())
        .build();
  }

  static INDArray matrix(FeatureTable table) {
    double[][] x = new double[table.rows().size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = table.rows().get(i).features();
    }
    return Nd4j.create(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
  }

  private static byte[] serialize(MultiLayerNetwork net) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ModelSerializer.writeModel(net, out, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
