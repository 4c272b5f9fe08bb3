package io.finnexus.scoring.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A bounded set of 64-bit keys (hashes of merchants, devices, countries, counterparties) with the
 * time each was last seen. When full, the least recently seen key is evicted, so {@link
 * #countSince} is exact for windows shorter than the eviction horizon. Fixed memory: 16 bytes per
 * slot.
 */
public final class RecentSet {
  private final long[] keys;
  private final long[] lastSeen;
  private int size;

  public RecentSet(int capacity) {
    keys = new long[capacity];
    lastSeen = new long[capacity];
  }

  /** Records {@code key} at {@code time}; returns true if it was not in the set before. */
  public boolean touch(long key, long time) {
    int oldest = 0;
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        lastSeen[i] = Math.max(lastSeen[i], time);
        return false;
      }
      if (lastSeen[i] < lastSeen[oldest]) {
        oldest = i;
      }
    }
    int slot = size < keys.length ? size++ : oldest;
    keys[slot] = key;
    lastSeen[slot] = time;
    return true;
  }

  public boolean contains(long key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  /** How many distinct keys were seen at or after {@code since}. */
  public int countSince(long since) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (lastSeen[i] >= since) {
        n++;
      }
    }
    return n;
  }

  public int size() {
    return size;
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      out.writeLong(keys[i]);
      out.writeLong(lastSeen[i]);
    }
  }

  /** Bytes {@link #writeFlat} takes. */
  public int flatSize() {
    return Integer.BYTES + 2 * Long.BYTES * size;
  }

  public void writeFlat(FlatWriter out) {
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      out.writeLong(keys[i]);
      out.writeLong(lastSeen[i]);
    }
  }

  public void readFlat(FlatReader in) {
    size = in.readCount(keys.length);
    for (int i = 0; i < size; i++) {
      keys[i] = in.readLong();
      lastSeen[i] = in.readLong();
    }
  }

  public void read(DataInput in) throws IOException {
    size = Math.min(in.readInt(), keys.length);
    for (int i = 0; i < size; i++) {
      keys[i] = in.readLong();
      lastSeen[i] = in.readLong();
    }
  }

  /** A well-mixed 64-bit key for a string id; null maps to 0. */
  public static long key(CharSequence id) {
    if (id == null) {
      return 0L;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
