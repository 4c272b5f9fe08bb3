package io.finnexus.scoring.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A ring of {@code size} fixed-width time buckets, each a count and a sum (minor units). Memory is
 * fixed: {@code 24 * size} bytes of arrays whatever the traffic. Events older than the ring are
 * ignored; a bucket is reset when its slot is reused for a newer period.
 */
public final class TimeBuckets {
  private final long widthMillis;
  private final long[] periods;
  private final long[] counts;
  private final long[] sums;

  public TimeBuckets(int size, long widthMillis) {
    this.widthMillis = widthMillis;
    this.periods = new long[size];
    this.counts = new long[size];
    this.sums = new long[size];
    java.util.Arrays.fill(periods, Long.MIN_VALUE);
  }

  public void add(long timeMillis, long amountMinor) {
    long period = Math.floorDiv(timeMillis, widthMillis);
    int slot = (int) Math.floorMod(period, (long) periods.length);
    if (periods[slot] != period) {
      if (periods[slot] != Long.MIN_VALUE && periods[slot] > period) {
        return; // older than the ring covers
      }
      periods[slot] = period;
      counts[slot] = 0;
      sums[slot] = 0;
    }
    counts[slot]++;
    sums[slot] += amountMinor;
  }

  /** Count over the {@code buckets} most recent buckets ending with the one holding {@code now}. */
  public long count(long now, int buckets) {
    return total(now, buckets, counts);
  }

  /** Sum (minor units) over the {@code buckets} most recent buckets ending at {@code now}. */
  public long sum(long now, int buckets) {
    return total(now, buckets, sums);
  }

  private long total(long now, int buckets, long[] values) {
    long current = Math.floorDiv(now, widthMillis);
    long total = 0;
    for (int i = 0; i < periods.length; i++) {
      long age = current - periods[i];
      if (periods[i] != Long.MIN_VALUE && age >= 0 && age < buckets) {
        total += values[i];
      }
    }
    return total;
  }

  public void write(DataOutput out) throws IOException {
    for (int i = 0; i < periods.length; i++) {
      out.writeLong(periods[i]);
      out.writeLong(counts[i]);
      out.writeLong(sums[i]);
    }
  }

  /** Bytes {@link #writeFlat} takes: only the buckets in use (a period and its count and sum). */
  public int flatSize() {
    return Integer.BYTES + 3 * Long.BYTES * used();
  }

  /** The buckets in use; an unused bucket (count and sum 0) is implied by its absence. */
  public void writeFlat(FlatWriter out) {
    out.writeInt(used());
    for (int i = 0; i < periods.length; i++) {
      if (periods[i] != Long.MIN_VALUE) {
        out.writeLong(periods[i]);
        out.writeLong(counts[i]);
        out.writeLong(sums[i]);
      }
    }
  }

  /** Reads {@link #writeFlat} into this fresh ring; each period goes back to its own slot. */
  public void readFlat(FlatReader in) {
    int used = in.readCount(periods.length);
    for (int n = 0; n < used; n++) {
      long period = in.readLong();
      int slot = (int) Math.floorMod(period, (long) periods.length);
      in.check(
          period != Long.MIN_VALUE && periods[slot] == Long.MIN_VALUE,
          "bucket period " + period + " repeated or invalid");
      periods[slot] = period;
      counts[slot] = in.readLong();
      sums[slot] = in.readLong();
    }
  }

  private int used() {
    int n = 0;
    for (long period : periods) {
      if (period != Long.MIN_VALUE) {
        n++;
      }
    }
    return n;
  }

  public void read(DataInput in) throws IOException {
    for (int i = 0; i < periods.length; i++) {
      periods[i] = in.readLong();
      counts[i] = in.readLong();
      sums[i] = in.readLong();
    }
  }
}
