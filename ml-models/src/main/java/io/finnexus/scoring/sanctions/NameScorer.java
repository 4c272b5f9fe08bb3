package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/**
 * Scores a screened name against one listed name in [0,1], independent of word order.
 *
 * <p>Tokens (and adjacent-token pairs, see {@link MatchItems}) of both names are aligned
 * one-to-one, greedily by descending Jaro-Winkler similarity; a pair below {@link
 * #TOKEN_MIN_SIMILARITY} does not align. The score is the weighted Dice coefficient of the
 * alignment, {@code Σ sim·(wq+wl) / (Wq+Wl)}, so unmatched words on either side lower it and a name
 * equal to itself scores exactly 1. Two containment rules raise it when one name of two or more
 * real words is found entirely in the other: a listed name inside a longer screened name ("Vladimir
 * Vladimirovich Putin" against "PUTIN, Vladimir") scores at least {@link #LISTED_CONTAINED_FACTOR}
 * × its matched share, because extra words in the counterparty's name do not make it a different
 * party; a screened name inside a longer listed name (a patronymic or second given name left out)
 * scores at least {@link #QUERY_CONTAINED_FACTOR} × its matched share, which only reaches the
 * default threshold when the screened words match almost exactly.
 */
final class NameScorer {

  /** Token pairs less similar than this do not align (Jaro-Winkler; "ALI"/"ALY" = 0.82). */
  static final double TOKEN_MIN_SIMILARITY = 0.80;

  /** Score factor when the whole listed name appears in the screened one. */
  static final double LISTED_CONTAINED_FACTOR = 0.95;

  /** Score factor when the whole screened name appears in a longer listed one. */
  static final double QUERY_CONTAINED_FACTOR = 0.92;

  /** A token in at most this many indexed names is rare: it identifies, unlike "GOMEZ" or "ALI". */
  static final int RARE_TOKEN_MAX_NAMES = 10;

  private NameScorer() {}

  static double score(MatchItems query, MatchItems listed) {
    int qn = query.size();
    int ln = listed.size();
    long[] candidates = new long[qn * ln];
    int count = 0;
    for (int q = 0; q < qn; q++) {
      for (int l = 0; l < ln; l++) {
        if (query.isPair(q) && listed.isPair(l)) {
          continue;
        }
        double sim = JaroWinkler.similarity(query.texts[q], listed.texts[l]);
        if (sim >= TOKEN_MIN_SIMILARITY) {
          candidates[count++] = encode(sim, q, l);
        }
      }
    }
    Arrays.sort(candidates, 0, count);
    return align(query, listed, candidates, count);
  }

  private static double align(MatchItems query, MatchItems listed, long[] sorted, int count) {
    long usedQuery = 0;
    long usedListed = 0;
    double matchedQuery = 0;
    double matchedListed = 0;
    for (int k = count - 1; k >= 0; k--) {
      long code = sorted[k];
      int q = (int) ((code >>> 12) & 0xfff);
      int l = (int) (code & 0xfff);
      if ((query.masks[q] & usedQuery) != 0 || (listed.masks[l] & usedListed) != 0) {
        continue;
      }
      double sim = decodeSimilarity(code);
      usedQuery |= query.masks[q];
      usedListed |= listed.masks[l];
      matchedQuery += sim * query.weights[q];
      matchedListed += sim * listed.weights[l];
    }
    boolean rareMatched = (usedListed & listed.rareTokens) != 0;
    return combine(query, listed, matchedQuery, matchedListed, rareMatched);
  }

  /**
   * The score from the similarity-weighted mass each side got matched: Dice, raised to the
   * containment score when one name of two or more real words is found entirely in the other (the
   * screened name inside a listed one only when a matched listed word is rare in the index, see
   * {@link #RARE_TOKEN_MAX_NAMES}: "Daniela Gomez" is not "GOMEZ VELAZQUEZ, Daniela", but "Oleg
   * Deripaska" is "DERIPASKA, Oleg Vladimirovich").
   */
  static double combine(
      MatchItems query,
      MatchItems listed,
      double matchedQuery,
      double matchedListed,
      boolean rareMatched) {
    double score = (matchedQuery + matchedListed) / (query.totalWeight + listed.totalWeight);
    if (listed.significantTokens >= 2) {
      score = Math.max(score, LISTED_CONTAINED_FACTOR * matchedListed / listed.totalWeight);
    }
    if (query.significantTokens >= 2 && rareMatched) {
      score = Math.max(score, QUERY_CONTAINED_FACTOR * matchedQuery / query.totalWeight);
    }
    return Math.min(1.0, Math.round(score * 1e6) / 1e6);
  }

  /**
   * Packs similarity into the high bits (so sorting orders by it) and the two item indexes below;
   * similarity keeps 1e-6 resolution.
   */
  private static long encode(double sim, int q, int l) {
    long simBits = Math.round(sim * 1_000_000);
    return (simBits << 24) | ((long) q << 12) | l;
  }

  private static double decodeSimilarity(long code) {
    return (code >>> 24) / 1_000_000.0;
  }
}
