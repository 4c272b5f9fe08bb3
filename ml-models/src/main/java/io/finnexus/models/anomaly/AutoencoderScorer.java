package io.finnexus.models.anomaly;

import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.Standardizer;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.models.runtime.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Anomaly score of a behaviour vector: the autoencoder's mean squared reconstruction error on the
 * standardised vector. DL4J networks are not thread-safe, so scoring is serialised.
 */
public final class AutoencoderScorer implements Scorer {
  static {
    ModelLoader.register(ModelKind.ANOMALY_AE, AutoencoderScorer::fromArtifact);
  }

  private final MultiLayerNetwork net;
  private final Standardizer scaler;

  AutoencoderScorer(MultiLayerNetwork net, Standardizer scaler) {
    this.net = net;
    this.scaler = scaler;
  }

  public static Scorer fromArtifact(ModelArtifact artifact) {
    Nd4jRuntime.configure();
    try {
      MultiLayerNetwork net =
          ModelSerializer.restoreMultiLayerNetwork(
              new ByteArrayInputStream(artifact.payload(AutoencoderTrainer.NETWORK_PAYLOAD)),
              false);
      return new AutoencoderScorer(
          net, ModelLoader.read(artifact, AutoencoderTrainer.SCALER_PAYLOAD, Standardizer.class));
    } catch (IOException e) {
      throw new InvalidArtifactException("unreadable autoencoder: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized double score(double[] features) {
    double[] z = scaler.apply(features);
    INDArray x = Nd4j.create(new double[][] {z}).castTo(DataType.FLOAT);
    INDArray reconstructed = net.output(x, false);
    double sum = 0;
    for (int j = 0; j < z.length; j++) {
      double diff = reconstructed.getDouble(0, j) - x.getDouble(0, j);
      sum += diff * diff;
    }
    return sum / z.length;
  }

  static byte[] json(Object value) {
    try {
      return ArtifactCodec.json().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
