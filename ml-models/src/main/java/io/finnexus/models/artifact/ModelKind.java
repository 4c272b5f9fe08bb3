package io.finnexus.models.artifact;

import java.util.Arrays;

/**
 * The kinds of model FinNexus trains. The CLI name is what {@code finnexus train --model} takes;
 * the family names the slot in the registry a model competes for ({@code fraud}, {@code anomaly}).
 */
public enum ModelKind {
  FRAUD_GBT("fraud-gbt", "fraud", true),
  FRAUD_LR("fraud-lr", "fraud", true),
  ANOMALY_AE("anomaly-ae", "anomaly", false),
  ANOMALY_SVM("anomaly-svm", "anomaly", false);

  private final String cliName;
  private final String family;
  private final boolean probabilistic;

  ModelKind(String cliName, String family, boolean probabilistic) {
    this.cliName = cliName;
    this.family = family;
    this.probabilistic = probabilistic;
  }

  public String cliName() {
    return cliName;
  }

  public String family() {
    return family;
  }

  /** Whether scores are calibrated-ish probabilities (classifiers) or raw anomaly scores. */
  public boolean probabilistic() {
    return probabilistic;
  }

  public static ModelKind fromCliName(String name) {
    return Arrays.stream(values())
        .filter(k -> k.cliName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown model kind: " + name));
  }
}
