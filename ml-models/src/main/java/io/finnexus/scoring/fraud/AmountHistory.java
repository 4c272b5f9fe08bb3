package io.finnexus.scoring.fraud;

import io.finnexus.scoring.state.FlatReader;
import io.finnexus.scoring.state.FlatWriter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The last {@code capacity} amounts of one kind (card payments, other debits) for a median, plus a
 * Welford mean/variance of log amounts over all history for z-scores. Fixed memory.
 */
final class AmountHistory {
  private final long[] ring;
  private final long[] scratch;
  private int next;
  private int size;
  long count;
  double mean;
  double m2;

  AmountHistory(int capacity) {
    ring = new long[capacity];
    scratch = new long[capacity];
  }

  void add(long amountMinor) {
    ring[next] = amountMinor;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
    double x = Math.log1p(amountMinor / 100.0);
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
  }

  int size() {
    return size;
  }

  /** Median of the recent amounts (minor units), 0 when empty. Not thread-safe (scratch array). */
  long median() {
    if (size == 0) {
      return 0;
    }
    System.arraycopy(ring, 0, scratch, 0, size);
    Arrays.sort(scratch, 0, size);
    return scratch[size / 2];
  }

  /** z-score of {@code amountMinor} on the log scale; 0 until there are two observations. */
  double zScore(long amountMinor) {
    if (count < 2) {
      return 0;
    }
    double sd = Math.sqrt(m2 / (count - 1));
    return sd < 1e-9 ? 0 : (Math.log1p(amountMinor / 100.0) - mean) / sd;
  }

  void write(DataOutput o) throws IOException {
    o.writeInt(size);
    for (int i = 0; i < size; i++) {
      o.writeLong(ring[(next - size + i + ring.length) % ring.length]);
    }
    o.writeLong(count);
    o.writeDouble(mean);
    o.writeDouble(m2);
  }

  int flatSize() {
    return Integer.BYTES + Long.BYTES * size + Long.BYTES + 2 * Double.BYTES;
  }

  /** Like {@link #write}: the recent amounts oldest first, then the running statistics. */
  void writeFlat(FlatWriter o) {
    o.writeInt(size);
    for (int i = 0; i < size; i++) {
      o.writeLong(ring[(next - size + i + ring.length) % ring.length]);
    }
    o.writeLong(count);
    o.writeDouble(mean);
    o.writeDouble(m2);
  }

  void readFlat(FlatReader in) {
    size = in.readCount(ring.length);
    for (int i = 0; i < size; i++) {
      ring[i] = in.readLong();
    }
    next = size % ring.length;
    count = in.readLong();
    mean = in.readDouble();
    m2 = in.readDouble();
  }

  void read(DataInput in) throws IOException {
    size = Math.min(in.readInt(), ring.length);
    for (int i = 0; i < size; i++) {
      ring[i] = in.readLong();
    }
    next = size % ring.length;
    count = in.readLong();
    mean = in.readDouble();
    m2 = in.readDouble();
  }
}
