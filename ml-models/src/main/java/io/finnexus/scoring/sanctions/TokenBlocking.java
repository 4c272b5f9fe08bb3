package io.finnexus.scoring.sanctions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the vocabulary tokens that may be similar to a query token without comparing it to every
 * token: candidates share a blocking key with it, then Jaro-Winkler confirms them. Two key kinds:
 *
 * <ul>
 *   <li>single-character deletions (SymSpell style, tokens of 4+ letters): any token one insert,
 *       delete, substitution or adjacent swap away shares a key ("SMITH"/"SMYTH" share "SMTH");
 *   <li>the consonant skeleton (first letter, then non-vowels, repeats collapsed): transliteration
 *       variants differing in vowels share it ("MOHAMMED"/"MUHAMMAD" = "MHMD").
 * </ul>
 */
final class TokenBlocking {

  private static final int MIN_LENGTH_FOR_DELETES = 4;

  private final String[] vocabulary;
  private final Map<String, int[]> byKey;
  private final int longestToken;

  private TokenBlocking(String[] vocabulary, Map<String, int[]> byKey) {
    this.vocabulary = vocabulary;
    this.byKey = byKey;
    this.longestToken = Arrays.stream(vocabulary).mapToInt(String::length).max().orElse(0);
  }

  static TokenBlocking build(String[] vocabulary) {
    Map<String, IntBag> bags = new HashMap<>();
    for (int id = 0; id < vocabulary.length; id++) {
      for (String key : keys(vocabulary[id])) {
        bags.computeIfAbsent(key, k -> new IntBag()).addIfNotLast(id);
      }
    }
    Map<String, int[]> byKey = new HashMap<>(bags.size() * 2);
    bags.forEach((key, bag) -> byKey.put(key, bag.toArray()));
    return new TokenBlocking(vocabulary, byKey);
  }

  /**
   * Calls {@code sink} with each vocabulary id similar to {@code token} (Jaro-Winkler at least
   * {@link NameScorer#TOKEN_MIN_SIMILARITY}) and its similarity. {@code seen} is per-thread
   * scratch.
   */
  void forEachSimilar(String token, Scratch.Marks seen, SimilarSink sink) {
    seen.next();
    // A token two or more letters longer than every listed token is more than one edit from all of
    // them, so its deletion keys cannot match; building them would cost O(length²) (a 25,000-letter
    // "name" made 25,000 keys of 25,000 chars and stalled screening).
    List<String> keys =
        token.length() > longestToken + 1 ? List.of(token, "~" + skeleton(token)) : keys(token);
    for (String key : keys) {
      int[] ids = byKey.get(key);
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        if (seen.mark(id)) {
          double sim = JaroWinkler.similarity(token, vocabulary[id]);
          if (sim >= NameScorer.TOKEN_MIN_SIMILARITY) {
            sink.accept(id, sim);
          }
        }
      }
    }
  }

  /** Receives a similar vocabulary token. */
  interface SimilarSink {
    void accept(int vocabularyId, double similarity);
  }

  static List<String> keys(String token) {
    String skeleton = "~" + skeleton(token);
    if (token.length() < MIN_LENGTH_FOR_DELETES) {
      return List.of(token, skeleton);
    }
    String[] keys = new String[token.length() + 2];
    keys[0] = token;
    keys[1] = skeleton;
    for (int i = 0; i < token.length(); i++) {
      keys[i + 2] = token.substring(0, i) + token.substring(i + 1);
    }
    return List.of(keys);
  }

  static String skeleton(String token) {
    StringBuilder out = new StringBuilder(token.length());
    out.append(token.charAt(0));
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if ("AEIOUY".indexOf(c) < 0 && c != out.charAt(out.length() - 1)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
