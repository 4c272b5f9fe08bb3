package io.finnexus.scoring.sanctions;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Chooses the query positions whose lookups only refine names found through other positions
 * (MaxScore-style pruning): a name reached through nothing but these positions cannot reach the
 * threshold, so their often long posting lists ("MOHAMMED", "ALI") need not create candidates. The
 * dearest positions are chosen first, as many as the bound allows. Screening results are the same
 * as offering every position: such names would fail {@link CandidateSearch}'s optimistic bound.
 */
final class RefiningPositions {

  private RefiningPositions() {}

  /**
   * @param lookups the single-token lookup of each generating position (null where the position
   *     does not generate candidates)
   * @return per position, true when it only refines
   */
  static boolean[] choose(MatchItems query, Lookup[] lookups, double threshold) {
    boolean[] refining = new boolean[lookups.length];
    double assumedWeight = 0; // positions that generate nothing are assumed to match
    for (int i = 0; i < query.singles; i++) {
      if (i >= lookups.length || lookups[i] == null) {
        assumedWeight += query.weights[i];
      }
    }
    Integer[] dearestFirst =
        java.util.stream.IntStream.range(0, lookups.length)
            .filter(i -> lookups[i] != null && !lookups[i].reachesCompounds())
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        dearestFirst, Comparator.comparingLong((Integer i) -> lookups[i].postings()).reversed());
    double refiningWeight = 0;
    int refiningCount = 0;
    for (int i : dearestFirst) {
      double weight = refiningWeight + query.weights[i];
      if (bound(query, assumedWeight + weight, assumedWeight + refiningCount + 1) >= threshold) {
        break;
      }
      refining[i] = true;
      refiningWeight = weight;
      refiningCount++;
    }
    return refining;
  }

  /**
   * The best {@link NameScorer#combine} any listed name can get when the query matches at most
   * {@code queryMass} of its weight and each matched position brings at most 1 of listed mass (no
   * compound), {@code listedMass} in all.
   */
  private static double bound(MatchItems query, double queryMass, double listedMass) {
    double dice = (queryMass + listedMass) / (query.totalWeight + listedMass);
    double listedContained =
        NameScorer.LISTED_CONTAINED_FACTOR * Math.min(1.0, listedMass / 2); // ≥ 2 listed words
    double queryContained =
        query.significantTokens >= 2
            ? NameScorer.QUERY_CONTAINED_FACTOR * queryMass / query.totalWeight
            : 0;
    return Math.max(dice, Math.max(listedContained, queryContained)) + 1e-9;
  }
}
