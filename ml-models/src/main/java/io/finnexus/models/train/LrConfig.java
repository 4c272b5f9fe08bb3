package io.finnexus.models.train;

import io.finnexus.models.data.ClassWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of the logistic-regression baseline (Tribuo linear SGD, logistic loss, AdaGrad,
 * on standardised features).
 *
 * @param epochs passes over the training slice
 * @param learningRate AdaGrad initial learning rate
 * @param minibatchSize rows per gradient step
 * @param seed shuffling seed
 * @param classWeights how positives are up-weighted against class imbalance
 */
public record LrConfig(
    int epochs, double learningRate, int minibatchSize, long seed, ClassWeights classWeights) {

  public static LrConfig defaults() {
    return new LrConfig(5, 0.1, 1, 7L, ClassWeights.SQRT_BALANCED);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("epochs", String.valueOf(epochs));
    m.put("learningRate", String.valueOf(learningRate));
    m.put("minibatchSize", String.valueOf(minibatchSize));
    m.put("seed", String.valueOf(seed));
    m.put("classWeights", classWeights.name());
    m.put("optimiser", "AdaGrad");
    m.put("objective", "LogMulticlass (two-class logistic regression)");
    return m;
  }
}
