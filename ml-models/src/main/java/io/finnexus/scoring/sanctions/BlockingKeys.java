package io.finnexus.scoring.sanctions;

/**
 * The blocking keys of a token as 64-bit hashes, computed without building the key strings: the
 * token itself, its consonant skeleton, and (for tokens of {@link #MIN_LENGTH_FOR_DELETES}+ chars)
 * each single-character deletion. A hash collision can only add a candidate, which Jaro-Winkler
 * then checks, so it never changes a result.
 */
final class BlockingKeys {

  static final int MIN_LENGTH_FOR_DELETES = 4;
  private static final long TOKEN_SEED = 0x243F6A8885A308D3L;
  private static final long SKELETON_SEED = 0x13198A2E03707344L;
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private BlockingKeys() {}

  /** Receives one key hash. */
  interface KeySink {
    void accept(long key);
  }

  /** Number of keys {@link #forEach} produces for a token of this length. */
  static int count(int length) {
    return length < MIN_LENGTH_FOR_DELETES ? 2 : length + 2;
  }

  static void forEach(String token, KeySink sink) {
    sink.accept(deletion(token, -1));
    sink.accept(skeleton(token));
    if (token.length() >= MIN_LENGTH_FOR_DELETES) {
      for (int i = 0; i < token.length(); i++) {
        sink.accept(deletion(token, i));
      }
    }
  }

  /** The token without its character at {@code skip} (none when negative). */
  private static long deletion(String token, int skip) {
    long h = TOKEN_SEED;
    for (int i = 0; i < token.length(); i++) {
      if (i != skip) {
        h = (h + token.charAt(i)) * MULTIPLIER;
      }
    }
    return mix(h ^ (token.length() - (skip < 0 ? 0 : 1)));
  }

  /** First letter, then the non-vowels, repeats collapsed ("MOHAMMED" → "MHMD"). */
  private static long skeleton(String token) {
    char last = token.charAt(0);
    long h = (SKELETON_SEED + last) * MULTIPLIER;
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if ("AEIOUY".indexOf(c) < 0 && c != last) {
        h = (h + c) * MULTIPLIER;
        last = c;
      }
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
