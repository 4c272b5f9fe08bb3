package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/**
 * A name after {@link NameNormalizer}: upper-case ASCII tokens in their original order and each
 * token's weight. Arrays are owned by this object and must not be modified.
 */
record NormalizedName(String[] tokens, float[] weights) {

  static final NormalizedName EMPTY = new NormalizedName(new String[0], new float[0]);

  boolean isEmpty() {
    return tokens.length == 0;
  }

  float totalWeight() {
    float sum = 0;
    for (float w : weights) {
      sum += w;
    }
    return sum;
  }

  /** True when every token is a low-weight word, e.g. "THE COMPANY LTD". */
  boolean onlyLowWeight() {
    for (float w : weights) {
      if (w >= 1f) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return String.join(" ", tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedName other && Arrays.equals(tokens, other.tokens);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens);
  }
}
