package io.finnexus.scoring.aml;

import io.finnexus.scoring.state.Codec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The most recent {@code capacity} legs of one direction on an account (time, amount, counterparty
 * key, country, cash flag, transaction id); the oldest is overwritten. Detectors read windows of it
 * and cite its transaction ids. Memory: {@code capacity} entries of about 30 bytes plus the id.
 */
public final class LegRing {
  private final long[] times;
  private final long[] amounts;
  private final long[] counterparties;
  private final int[] countries;
  private final boolean[] cash;
  private final String[] ids;
  private int next;
  private int size;

  public LegRing(int capacity) {
    times = new long[capacity];
    amounts = new long[capacity];
    counterparties = new long[capacity];
    countries = new int[capacity];
    cash = new boolean[capacity];
    ids = new String[capacity];
  }

  void add(long time, long amount, long counterparty, String country, boolean isCash, String id) {
    times[next] = time;
    amounts[next] = amount;
    counterparties[next] = counterparty;
    countries[next] = countryCode(country);
    cash[next] = isCash;
    ids[next] = id;
    next = (next + 1) % times.length;
    size = Math.min(size + 1, times.length);
  }

  int size() {
    return size;
  }

  /** Entry {@code i}, 0 = oldest. */
  int slot(int i) {
    return (next - size + i + times.length) % times.length;
  }

  long time(int slot) {
    return times[slot];
  }

  long amount(int slot) {
    return amounts[slot];
  }

  long counterparty(int slot) {
    return counterparties[slot];
  }

  boolean cash(int slot) {
    return cash[slot];
  }

  String id(int slot) {
    return ids[slot];
  }

  String country(int slot) {
    int c = countries[slot];
    return c == 0 ? null : "" + (char) (c >> 8) + (char) (c & 0xff);
  }

  static int countryCode(String country) {
    if (country == null || country.length() != 2) {
      return 0;
    }
    return (country.charAt(0) << 8) | (country.charAt(1) & 0xff);
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      int s = slot(i);
      out.writeLong(times[s]);
      out.writeLong(amounts[s]);
      out.writeLong(counterparties[s]);
      out.writeInt(countries[s]);
      out.writeBoolean(cash[s]);
      Codec.writeNullable(out, ids[s]);
    }
  }

  void read(DataInput in) throws IOException {
    int n = in.readInt();
    next = 0;
    size = 0;
    for (int i = 0; i < n; i++) {
      long t = in.readLong();
      long a = in.readLong();
      long cp = in.readLong();
      int c = in.readInt();
      boolean k = in.readBoolean();
      String id = Codec.readNullable(in);
      add(t, a, cp, null, k, id);
      countries[(next - 1 + times.length) % times.length] = c;
    }
  }
}
