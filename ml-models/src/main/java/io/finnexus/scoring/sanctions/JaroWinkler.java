package io.finnexus.scoring.sanctions;

/**
 * Jaro-Winkler similarity of two tokens in [0,1] (1 = equal), the usual measure for short personal
 * names: tolerant of transposed and substituted letters, rewarding a common prefix (scale 0.1, up
 * to 4 characters, applied above a Jaro score of 0.7). Allocation-free for tokens of up to 64
 * characters, because it runs for every candidate token pair.
 */
final class JaroWinkler {

  private static final double PREFIX_SCALE = 0.1;
  private static final double BOOST_THRESHOLD = 0.7;

  private JaroWinkler() {}

  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    if (a.length() > 64 || b.length() > 64) {
      return similarity(
          a.substring(0, Math.min(64, a.length())), b.substring(0, Math.min(64, b.length())));
    }
    double jaro = jaro(a, b);
    if (jaro <= BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(a.length(), b.length()));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
  }

  private static double jaro(String a, String b) {
    int lenA = a.length();
    int lenB = b.length();
    int window = Math.max(0, Math.max(lenA, lenB) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < lenA; i++) {
      char c = a.charAt(i);
      int end = Math.min(lenB - 1, i + window);
      for (int j = Math.max(0, i - window); j <= end; j++) {
        if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int halfTranspositions = 0;
    int j = 0;
    for (int i = 0; i < lenA; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          halfTranspositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / lenA + m / lenB + (m - halfTranspositions / 2.0) / m) / 3.0;
  }
}
