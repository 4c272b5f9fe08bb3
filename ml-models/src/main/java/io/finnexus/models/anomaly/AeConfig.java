package io.finnexus.models.anomaly;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of the DL4J autoencoder on standardised behaviour vectors.
 *
 * @param hidden width of the two outer hidden layers (encoder and decoder)
 * @param bottleneck width of the code layer
 * @param epochs passes over the training windows
 * @param batchSize windows per gradient step
 * @param learningRate Adam learning rate
 * @param trainOnNormalOnly drop windows labelled positive from training (semi-supervised); false
 *     trains on everything (unsupervised)
 * @param seed weight initialisation and shuffling seed
 */
public record AeConfig(
    int hidden,
    int bottleneck,
    int epochs,
    int batchSize,
    double learningRate,
    boolean trainOnNormalOnly,
    long seed) {

  public static AeConfig defaults() {
    return new AeConfig(10, 4, 10, 128, 3e-3, true, 7L);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("hidden", String.valueOf(hidden));
    m.put("bottleneck", String.valueOf(bottleneck));
    m.put("epochs", String.valueOf(epochs));
    m.put("batchSize", String.valueOf(batchSize));
    m.put("learningRate", String.valueOf(learningRate));
    m.put("trainOnNormalOnly", String.valueOf(trainOnNormalOnly));
    m.put("seed", String.valueOf(seed));
    m.put("activation", "TANH");
    m.put("loss", "MSE");
    m.put("updater", "Adam");
    return m;
  }
}
