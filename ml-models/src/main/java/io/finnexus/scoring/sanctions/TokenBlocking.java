package io.finnexus.scoring.sanctions;

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

  private final String[] vocabulary;
  private final KeyPostings byKey;

  private TokenBlocking(String[] vocabulary, KeyPostings byKey) {
    this.vocabulary = vocabulary;
    this.byKey = byKey;
  }

  static TokenBlocking build(String[] vocabulary) {
    return new TokenBlocking(vocabulary, KeyPostings.build(vocabulary));
  }

  /**
   * Calls {@code sink} with each vocabulary id similar to {@code token} (Jaro-Winkler at least
   * {@link NameScorer#TOKEN_MIN_SIMILARITY}) and its similarity. {@code seen} is per-thread
   * scratch.
   */
  void forEachSimilar(String token, Scratch.Marks seen, SimilarSink sink) {
    seen.next();
    BlockingKeys.forEach(
        token,
        key -> {
          for (int id : byKey.get(key)) {
            if (seen.mark(id)) {
              double sim = JaroWinkler.similarity(token, vocabulary[id]);
              if (sim >= NameScorer.TOKEN_MIN_SIMILARITY) {
                sink.accept(id, sim);
              }
            }
          }
        });
  }

  /** Receives a similar vocabulary token. */
  interface SimilarSink {
    void accept(int vocabularyId, double similarity);
  }
}
