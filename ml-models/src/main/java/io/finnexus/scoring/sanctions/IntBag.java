package io.finnexus.scoring.sanctions;

import java.util.Arrays;

/** A growable list of ints, for building the index's posting lists without boxing. */
final class IntBag {

  private int[] values = new int[4];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Adds {@code value} unless it equals the last one added (postings are built in order). */
  void addIfNotLast(int value) {
    if (size == 0 || values[size - 1] != value) {
      add(value);
    }
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
