package io.finnexus.models.runtime;

import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.Standardizer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a verified artifact into a {@link LoadedModel}. The GBT fraud model is served from its tree
 * dump by the plain-Java evaluator (no native XGBoost at scoring time); the others through Tribuo,
 * or DL4J for the autoencoder (registered by {@code io.finnexus.models.anomaly}).
 */
public final class ModelLoader {
  private static final Map<ModelKind, Function<ModelArtifact, Scorer>> FACTORIES =
      new EnumMap<>(ModelKind.class);

  static {
    FACTORIES.put(ModelKind.FRAUD_GBT, a -> read(a, GbtTrees.PAYLOAD, GbtTrees.class).scorer());
    FACTORIES.put(
        ModelKind.FRAUD_LR,
        a ->
            TribuoScorers.fraudProbability(
                TribuoScorers.deserialize(a.payload("model.tribuo")),
                a.manifest().featureNames(),
                read(a, "scaler.json", Standardizer.class)));
    FACTORIES.put(
        ModelKind.ANOMALY_SVM,
        a ->
            TribuoScorers.anomalyScore(
                TribuoScorers.deserialize(a.payload("model.tribuo")),
                a.manifest().featureNames(),
                read(a, "scaler.json", Standardizer.class)));
  }

  private ModelLoader() {}

  /** Registers the scorer factory of a kind whose library lives outside this package. */
  public static synchronized void register(ModelKind kind, Function<ModelArtifact, Scorer> f) {
    FACTORIES.put(kind, f);
  }

  public static LoadedModel load(ModelArtifact artifact) {
    ModelKind kind = artifact.manifest().kind();
    if (kind == ModelKind.ANOMALY_AE && !FACTORIES.containsKey(kind)) {
      loadAutoencoderSupport();
    }
    Function<ModelArtifact, Scorer> factory = FACTORIES.get(kind);
    if (factory == null) {
      throw new InvalidArtifactException("no scorer available for model kind " + kind);
    }
    return new LoadedModel(artifact.manifest(), factory.apply(artifact));
  }

  public static LoadedModel load(byte[] fnx) {
    return load(ArtifactCodec.fromBytes(fnx));
  }

  public static <T> T read(ModelArtifact artifact, String payload, Class<T> type) {
    try {
      return ArtifactCodec.json().readValue(artifact.payload(payload), type);
    } catch (IOException e) {
      throw new InvalidArtifactException(
          "unreadable payload " + payload + ": " + e.getMessage(), e);
    }
  }

  private static void loadAutoencoderSupport() {
    try {
      Class.forName(
          "io.finnexus.models.anomaly.AutoencoderScorer", true, ModelLoader.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new InvalidArtifactException("autoencoder support (DL4J) is not on the classpath", e);
    }
  }
}
