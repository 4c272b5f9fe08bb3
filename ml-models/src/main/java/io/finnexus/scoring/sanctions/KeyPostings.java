package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/**
 * Open-addressing map from a blocking-key hash to the vocabulary ids under that key: lookups
 * allocate nothing and touch two arrays.
 */
final class KeyPostings {

  private static final int[] NONE = new int[0];

  private final long[] keys;
  private final int[][] ids;
  private final int mask;

  private KeyPostings(long[] keys, int[][] ids) {
    this.keys = keys;
    this.ids = ids;
    this.mask = keys.length - 1;
  }

  int[] get(long key) {
    long k = key == 0 ? 1 : key;
    for (int at = slot(k); ; at = (at + 1) & mask) {
      if (keys[at] == k) {
        return ids[at];
      }
      if (keys[at] == 0) {
        return NONE;
      }
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** Builds the map from every vocabulary token's keys; ids under a key ascend. */
  static KeyPostings build(String[] vocabulary) {
    int expected = 0;
    for (String token : vocabulary) {
      expected += BlockingKeys.count(token.length());
    }
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    long[] keys = new long[capacity];
    IntBag[] bags = new IntBag[capacity];
    KeyPostings building = new KeyPostings(keys, null);
    for (int id = 0; id < vocabulary.length; id++) {
      int vocabularyId = id;
      BlockingKeys.forEach(
          vocabulary[id],
          key -> {
            long k = key == 0 ? 1 : key;
            int at = building.slot(k);
            while (keys[at] != 0 && keys[at] != k) {
              at = (at + 1) & building.mask;
            }
            if (keys[at] == 0) {
              keys[at] = k;
              bags[at] = new IntBag();
            }
            bags[at].addIfNotLast(vocabularyId);
          });
    }
    int[][] ids = new int[capacity][];
    Arrays.setAll(ids, i -> bags[i] == null ? null : bags[i].toArray());
    return new KeyPostings(keys, ids);
  }
}
