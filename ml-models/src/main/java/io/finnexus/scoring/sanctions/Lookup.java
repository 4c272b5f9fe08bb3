package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/**
 * The index entries one query item reaches: the vocabulary tokens similar to it (through {@link
 * TokenBlocking}) and, for a single token, the names holding it as a compound of two words. Knows
 * how many postings offering it costs, so that {@link CandidateSearch} can offer the cheapest first
 * and the dearest only to names already found.
 */
final class Lookup {

  private int[] vocabularyIds = new int[8];
  private double[] similarities = new double[8];
  private int size;
  private int[] compoundNames;
  private long postings;

  static Lookup of(SanctionsIndex index, String text, boolean withCompound, Scratch scratch) {
    Lookup lookup = new Lookup();
    index.blocking.forEachSimilar(
        text, scratch.vocabularySeen, (v, sim) -> lookup.add(v, sim, index.postings[v].length));
    if (withCompound) {
      lookup.compoundNames = index.compounds.get(text);
      lookup.postings += lookup.compoundNames == null ? 0 : lookup.compoundNames.length;
    }
    return lookup;
  }

  private void add(int vocabularyId, double similarity, int postingCount) {
    if (size == vocabularyIds.length) {
      vocabularyIds = Arrays.copyOf(vocabularyIds, size * 2);
      similarities = Arrays.copyOf(similarities, size * 2);
    }
    vocabularyIds[size] = vocabularyId;
    similarities[size++] = similarity;
    postings += postingCount;
  }

  long postings() {
    return postings;
  }

  /** True when names were found as a compound: such a match may carry two words' mass. */
  boolean reachesCompounds() {
    return compoundNames != null;
  }

  /**
   * Offers every reached name at {@code position} (and {@code secondPosition} for an adjacent pair
   * written together, each getting half the listed mass; -1 for a single token).
   */
  void offer(SanctionsIndex index, int position, int secondPosition, Scratch scratch) {
    for (int k = 0; k < size; k++) {
      int v = vocabularyIds[k];
      double sim = similarities[k];
      double mass = sim * index.vocabularyWeight[v];
      if (secondPosition < 0) {
        offerAll(index.postings[v], position, sim, mass, scratch);
      } else {
        offerAll(index.postings[v], position, sim, mass / 2, scratch);
        offerAll(index.postings[v], secondPosition, sim, mass / 2, scratch);
      }
    }
    if (compoundNames != null) {
      offerAll(compoundNames, position, 1f, CandidateSearch.COMPOUND_MASS, scratch);
    }
  }

  private static void offerAll(
      int[] names, int position, double similarity, double listedMass, Scratch scratch) {
    float sim = (float) similarity;
    float mass = (float) listedMass;
    for (int nameId : names) {
      scratch.offer(nameId, position, sim, mass);
    }
  }
}
