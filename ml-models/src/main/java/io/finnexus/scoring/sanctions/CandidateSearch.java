package io.finnexus.scoring.sanctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One screening against a {@link SanctionsIndex}: (1) candidate generation — each significant query
 * token, and each adjacent pair written together, is looked up through the blocking keys and the
 * compound index, recording per candidate name the best similarity per query position; (2) pruning
 * — an optimistic score from those similarities drops names that cannot reach the threshold; (3)
 * exact scoring of the rest with {@link NameScorer}; (4) best name per entry, best entries first.
 * Low-weight query words (legal forms, particles) and single letters do not generate candidates
 * unless the query has nothing else; they are assumed to match when pruning.
 */
final class CandidateSearch {

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  static final float COMPOUND_MASS = 2f;

  private CandidateSearch() {}

  static ScreeningResult screen(SanctionsIndex index, String name, double threshold, int topK) {
    NormalizedName query = NameNormalizer.normalize(name);
    if (query.isEmpty() || topK <= 0) {
      return new ScreeningResult(name, query.toString(), threshold, List.of());
    }
    MatchItems items = MatchItems.of(query);
    Scratch scratch = SCRATCH.get();
    scratch.reset(index.nameText.length, Math.min(items.singles, Scratch.POSITIONS));
    scratch.vocabularySeen.ensure(index.vocabulary.length);
    boolean[] generating = generatingPositions(query);
    collectCandidates(index, query, items, generating, threshold, scratch);
    long[] promising = promisingByBound(items, generating, index, scratch, threshold);
    Map<Integer, ScreeningMatch> bestPerEntry = new HashMap<>();
    double kthBest = 0;
    for (long code : promising) {
      double bound = (code >>> 32) / 1e6;
      if (bestPerEntry.size() >= topK && bound < kthBest) {
        break;
      }
      int nameId = scratch.touchedNames[(int) code];
      double score = NameScorer.score(items, index.nameItems[nameId]);
      if (score >= threshold && keepBest(index, nameId, score, bestPerEntry)) {
        kthBest = bestPerEntry.size() >= topK ? sorted(bestPerEntry).get(topK - 1).score() : 0;
      }
    }
    List<ScreeningMatch> matches = sorted(bestPerEntry);
    return new ScreeningResult(
        name, query.toString(), threshold, matches.subList(0, Math.min(topK, matches.size())));
  }

  /**
   * Slots of candidate names whose optimistic score reaches the threshold, highest first, so that
   * exact scoring can stop once the top K are known to be final. Encoded as bound (1e-6 units) in
   * the high 32 bits and slot in the low ones.
   */
  private static long[] promisingByBound(
      MatchItems items, boolean[] generating, SanctionsIndex index, Scratch scratch, double min) {
    long[] codes = new long[scratch.touched];
    int count = 0;
    for (int slot = 0; slot < scratch.touched; slot++) {
      MatchItems listed = index.nameItems[scratch.touchedNames[slot]];
      double bound = optimisticScore(items, generating, listed, scratch, slot);
      if (bound >= min) {
        codes[count++] = (Math.round(Math.min(1.0, bound) * 1e6) << 32) | slot;
      }
    }
    Arrays.sort(codes, 0, count);
    long[] descending = new long[count];
    for (int i = 0; i < count; i++) {
      descending[i] = codes[count - 1 - i];
    }
    return descending;
  }

  private static List<ScreeningMatch> sorted(Map<Integer, ScreeningMatch> bestPerEntry) {
    List<ScreeningMatch> matches = new ArrayList<>(bestPerEntry.values());
    matches.sort(
        Comparator.comparingDouble(ScreeningMatch::score)
            .reversed()
            .thenComparing(ScreeningMatch::entry));
    return matches;
  }

  private static boolean[] generatingPositions(NormalizedName query) {
    int n = Math.min(query.tokens().length, Scratch.POSITIONS);
    boolean[] generating = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      generating[i] = query.weights()[i] >= 1f && query.tokens()[i].length() > 1;
      any |= generating[i];
    }
    if (!any) {
      Arrays.fill(generating, true);
    }
    return generating;
  }

  /**
   * Offers the names each generating position and each adjacent pair reaches: first every lookup
   * that may create candidates, then the refining ones ({@link RefiningPositions}) only to the
   * names already found.
   */
  private static void collectCandidates(
      SanctionsIndex index,
      NormalizedName query,
      MatchItems items,
      boolean[] generating,
      double threshold,
      Scratch scratch) {
    String[] tokens = query.tokens();
    Lookup[] singles = new Lookup[generating.length];
    for (int i = 0; i < generating.length; i++) {
      singles[i] = generating[i] ? Lookup.of(index, tokens[i], true, scratch) : null;
    }
    Lookup[] pairs = new Lookup[Math.max(0, generating.length - 1)];
    for (int i = 0; i < pairs.length; i++) {
      if (generating[i] || generating[i + 1]) {
        pairs[i] = Lookup.of(index, tokens[i] + tokens[i + 1], false, scratch);
      }
    }
    boolean[] refining = RefiningPositions.choose(items, singles, threshold);
    for (boolean creating : new boolean[] {true, false}) {
      scratch.createSlots = creating;
      for (int i = 0; i < singles.length; i++) {
        if (singles[i] != null && refining[i] != creating) {
          singles[i].offer(index, i, -1, scratch);
        }
      }
      for (int i = 0; i < pairs.length; i++) {
        if (pairs[i] != null && (refining[i] && refining[i + 1]) != creating) {
          pairs[i].offer(index, i, i + 1, scratch);
        }
      }
    }
    scratch.createSlots = true;
  }

  /**
   * An upper estimate of {@link NameScorer#score}, from the per-position best similarities;
   * positions that did not generate candidates (low-weight words, words beyond {@link
   * Scratch#POSITIONS}) are assumed to match.
   */
  private static double optimisticScore(
      MatchItems query, boolean[] generating, MatchItems listed, Scratch scratch, int slot) {
    double matchedQuery = 0;
    double matchedListed = 0;
    int base = slot * scratch.stride;
    for (int i = 0; i < query.singles; i++) {
      if (i < generating.length && generating[i]) {
        matchedQuery += scratch.bestQuery[base + i] * query.weights[i];
        matchedListed += scratch.bestListed[base + i];
      } else {
        matchedQuery += query.weights[i];
        matchedListed += query.weights[i];
      }
    }
    matchedListed = Math.min(matchedListed, listed.totalWeight);
    return NameScorer.combine(query, listed, matchedQuery, matchedListed, true);
  }

  /** Records the match if it is its entry's best so far; true when the results changed. */
  private static boolean keepBest(
      SanctionsIndex index, int nameId, double score, Map<Integer, ScreeningMatch> bestPerEntry) {
    int entryIndex = index.nameEntry[nameId];
    ScreeningMatch current = bestPerEntry.get(entryIndex);
    if (current != null && current.score() >= score) {
      return false;
    }
    SanctionedEntry entry = index.entries.get(entryIndex);
    bestPerEntry.put(
        entryIndex,
        new ScreeningMatch(
            entry.key(),
            index.nameText[nameId],
            index.nameIsAlias[nameId],
            score,
            entry.primaryName(),
            entry.type()));
    return true;
  }
}
