package io.finnexus.scoring.fraud;

import java.util.Arrays;

/**
 * One transaction's features in {@link FeatureSchema} order, as of just before the transaction (no
 * look-ahead). Models read {@link #values()}; rules and explanations read by name.
 */
public record FeatureVector(double[] values) {
  public FeatureVector {
    if (values.length != FeatureSchema.SIZE) {
      throw new IllegalArgumentException(
          "expected " + FeatureSchema.SIZE + " features, got " + values.length);
    }
  }

  public String schemaVersion() {
    return FeatureSchema.VERSION;
  }

  public double get(String name) {
    return values[FeatureSchema.index(name)];
  }

  public double get(int index) {
    return values[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector v && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FeatureVector" + Arrays.toString(values);
  }
}
