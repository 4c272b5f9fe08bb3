package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/**
 * Per-thread working memory of one search, reused across searches so that screening allocates
 * almost nothing: marks for vocabulary tokens already checked, and per candidate name the best
 * similarity seen for each query position. Never shared between threads.
 */
final class Scratch {

  /** Query positions tracked for pruning; words beyond them are assumed to match. */
  static final int POSITIONS = 32;

  /** Positions of the current query: the stride of the per-name arrays. */
  int stride = POSITIONS;

  final Marks vocabularySeen = new Marks();
  private int[] nameStamp = new int[0];
  private int[] nameSlot = new int[0];
  private int generation;
  int[] touchedNames = new int[256];
  float[] bestQuery = new float[256 * POSITIONS];
  float[] bestListed = new float[256 * POSITIONS];
  int touched;

  /** When false, offers only refine names already touched in this search (never add one). */
  boolean createSlots = true;

  /** Prepares for a search with {@code positions} query positions over {@code names} names. */
  void reset(int names, int positions) {
    stride = Math.max(1, positions);
    if (nameStamp.length < names) {
      nameStamp = new int[names];
      nameSlot = new int[names];
      generation = 0;
    }
    if (++generation == 0) {
      Arrays.fill(nameStamp, 0);
      generation = 1;
    }
    touched = 0;
  }

  /** Records that {@code name} matched query position {@code position} with these values. */
  void offer(int name, int position, float similarity, float listedMass) {
    if (!createSlots && nameStamp[name] != generation) {
      return;
    }
    int slot = slotOf(name);
    int at = slot * stride + position;
    if (similarity > bestQuery[at]) {
      bestQuery[at] = similarity;
    }
    if (listedMass > bestListed[at]) {
      bestListed[at] = listedMass;
    }
  }

  private int slotOf(int name) {
    if (nameStamp[name] == generation) {
      return nameSlot[name];
    }
    if (touched == touchedNames.length) {
      touchedNames = Arrays.copyOf(touchedNames, touched * 2);
      bestQuery = Arrays.copyOf(bestQuery, touched * 2 * POSITIONS);
      bestListed = Arrays.copyOf(bestListed, touched * 2 * POSITIONS);
    }
    int from = touched * stride;
    int slot = touched++;
    nameStamp[name] = generation;
    nameSlot[name] = slot;
    touchedNames[slot] = name;
    for (int i = from; i < from + stride; i++) {
      bestQuery[i] = 0f;
      bestListed[i] = 0f;
    }
    return slot;
  }

  /** Generation-stamped set of small ints (vocabulary ids). */
  static final class Marks {
    private int[] stamp = new int[0];
    private int generation;

    void ensure(int size) {
      if (stamp.length < size) {
        stamp = new int[size];
        generation = 0;
      }
    }

    void next() {
      if (++generation == 0) {
        Arrays.fill(stamp, 0);
        generation = 1;
      }
    }

    /** Marks {@code id}; true if it was not marked since the last {@link #next()}. */
    boolean mark(int id) {
      if (stamp[id] == generation) {
        return false;
      }
      stamp[id] = generation;
      return true;
    }
  }
}
