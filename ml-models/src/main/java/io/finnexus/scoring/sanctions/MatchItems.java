package io.finnexus.scoring.sanctions;

/**
 * The units one name offers for alignment: each token, plus each pair of adjacent tokens written
 * together, so that "ABU BAKR" can align with "ABUBAKR" and "XI JIN PING" with "XI JINPING". Each
 * item knows its weight and, as a bit mask, the token positions it covers (names beyond 64 tokens
 * are cut at 64).
 */
final class MatchItems {

  static final int MAX_TOKENS = 64;

  final String[] texts;
  final float[] weights;
  final long[] masks;
  final int singles;
  final float totalWeight;
  final int significantTokens;

  /**
   * Positions of tokens rare in the index (set once when a listed name is indexed; 0 for a query).
   */
  long rareTokens;

  private MatchItems(
      String[] texts, float[] weights, long[] masks, int singles, float total, int significant) {
    this.texts = texts;
    this.weights = weights;
    this.masks = masks;
    this.singles = singles;
    this.totalWeight = total;
    this.significantTokens = significant;
  }

  static MatchItems of(NormalizedName name) {
    int n = Math.min(MAX_TOKENS, name.tokens().length);
    int pairs = Math.max(0, n - 1);
    String[] texts = new String[n + pairs];
    float[] weights = new float[n + pairs];
    long[] masks = new long[n + pairs];
    float total = 0;
    int significant = 0;
    for (int i = 0; i < n; i++) {
      texts[i] = name.tokens()[i];
      weights[i] = name.weights()[i];
      masks[i] = 1L << i;
      total += weights[i];
      significant += weights[i] >= 1f ? 1 : 0;
    }
    for (int i = 0; i < pairs; i++) {
      texts[n + i] = texts[i] + texts[i + 1];
      weights[n + i] = weights[i] + weights[i + 1];
      masks[n + i] = masks[i] | masks[i + 1];
    }
    return new MatchItems(texts, weights, masks, n, total, significant);
  }

  boolean isPair(int item) {
    return item >= singles;
  }

  int size() {
    return texts.length;
  }
}
