package io.finnexus.scoring.fraud;

import io.finnexus.scoring.state.Codec;
import io.finnexus.scoring.state.FlatReader;
import io.finnexus.scoring.state.FlatWriter;
import io.finnexus.scoring.state.RecentSet;
import io.finnexus.scoring.state.TimeBuckets;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What fraud scoring remembers about one account: 60 one-minute, 24 one-hour and 30 one-day buckets
 * of count/sum (plus 30 daily buckets each for money in and out), amount histories with Welford
 * statistics, bounded sets of merchants, countries, devices and counterparties with last-seen
 * times, the last card-present country, the last {@value #PROBES} small card authorisations, and
 * rule episodes. Bounded whatever the traffic (ids beyond the probe ring are kept as 64-bit
 * hashes).
 *
 * <p>Public no-arg constructor; engines store {@link #toBytes()} (versioned codec). Version 2, the
 * one written, is a flat layout of only the buckets, set entries and probes in use: a few hundred
 * bytes for an account with a handful of transactions, at most about 6 KB, encoded into one
 * exactly-sized array. Version 1 (every bucket, via {@code DataOutput}; about 6 KB whatever the
 * account) is still read, so state stored by older releases carries over.
 */
public final class AccountProfile {
  static final int PROBES = 16;
  private static final int VERSION = 2;
  private static final int LEGACY_VERSION = 1;
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;

  final TimeBuckets minutes = new TimeBuckets(60, MINUTE);
  final TimeBuckets hours = new TimeBuckets(24, HOUR);
  final TimeBuckets days = new TimeBuckets(30, DAY);
  final TimeBuckets daysIn = new TimeBuckets(30, DAY);
  final TimeBuckets daysOut = new TimeBuckets(30, DAY);
  final AmountHistory cardAmounts = new AmountHistory(32);
  final AmountHistory otherDebits = new AmountHistory(32);
  final RecentSet merchants = new RecentSet(32);
  final RecentSet countries = new RecentSet(16);
  final RecentSet devices = new RecentSet(8);
  final RecentSet counterparties = new RecentSet(32);
  final long[] probeTimes = new long[PROBES];
  final long[] probeMerchants = new long[PROBES];
  final String[] probeIds = new String[PROBES];
  int probeNext;
  long lastTime = Long.MIN_VALUE;
  long lastCardTime = Long.MIN_VALUE;
  int lastCardCountry;
  long history;
  final long[] episodeStart = new long[FraudRule.Kind.values().length];
  final long[] lastHit = new long[FraudRule.Kind.values().length];

  public AccountProfile() {
    java.util.Arrays.fill(lastHit, Long.MIN_VALUE);
    java.util.Arrays.fill(probeTimes, Long.MIN_VALUE);
  }

  /** Start of the current episode of {@code kind}; a hit after {@code gap} of quiet starts one. */
  long episode(FraudRule.Kind kind, long time, long gap) {
    int k = kind.ordinal();
    if (lastHit[k] == Long.MIN_VALUE || time - lastHit[k] > gap) {
      episodeStart[k] = time;
    }
    lastHit[k] = Math.max(lastHit[k], time);
    return episodeStart[k];
  }

  public long history() {
    return history;
  }

  public byte[] toBytes() {
    FlatWriter out = new FlatWriter(flatSize());
    out.writeByte(VERSION);
    for (TimeBuckets b : buckets()) {
      b.writeFlat(out);
    }
    cardAmounts.writeFlat(out);
    otherDebits.writeFlat(out);
    for (RecentSet s : sets()) {
      s.writeFlat(out);
    }
    out.writeInt(probesInUse());
    for (int i = 0; i < PROBES; i++) {
      if (probeTimes[i] != Long.MIN_VALUE) {
        out.writeLong(probeTimes[i]);
        out.writeLong(probeMerchants[i]);
        out.writeNullableString(probeIds[i]);
      }
    }
    out.writeInt(probeNext);
    out.writeLong(lastTime);
    out.writeLong(lastCardTime);
    out.writeInt(lastCardCountry);
    out.writeLong(history);
    out.writeInt(lastHit.length);
    for (int i = 0; i < lastHit.length; i++) {
      out.writeLong(episodeStart[i]);
      out.writeLong(lastHit[i]);
    }
    return out.toByteArray();
  }

  /**
   * Decodes {@link #toBytes()} of this or an older release; truncated, corrupt or unknown-version
   * input fails with {@link IllegalArgumentException} naming the reason.
   */
  public static AccountProfile fromBytes(byte[] bytes) {
    if (bytes.length > 0 && bytes[0] == LEGACY_VERSION) {
      return Codec.decode(bytes, LEGACY_VERSION, AccountProfile::read);
    }
    FlatReader in = new FlatReader(bytes, 0);
    int version = in.readUnsignedByte();
    in.check(version == VERSION, "state codec version " + version + ", expected " + VERSION);
    AccountProfile p = new AccountProfile();
    for (TimeBuckets b : p.buckets()) {
      b.readFlat(in);
    }
    p.cardAmounts.readFlat(in);
    p.otherDebits.readFlat(in);
    for (RecentSet s : p.sets()) {
      s.readFlat(in);
    }
    int probes = in.readInt();
    in.check((probes & -(1 << PROBES)) == 0, "probe mask " + Integer.toHexString(probes));
    for (int i = 0; i < PROBES; i++) {
      if ((probes & (1 << i)) == 0) {
        continue;
      }
      p.probeTimes[i] = in.readLong();
      in.check(p.probeTimes[i] != Long.MIN_VALUE, "probe " + i + " marked in use but empty");
      p.probeMerchants[i] = in.readLong();
      p.probeIds[i] = in.readNullableString();
    }
    p.probeNext = in.readInt();
    in.check(p.probeNext >= 0 && p.probeNext < PROBES, "probe index " + p.probeNext);
    p.lastTime = in.readLong();
    p.lastCardTime = in.readLong();
    p.lastCardCountry = in.readInt();
    p.history = in.readLong();
    int kinds = in.readCount(64);
    for (int i = 0; i < kinds; i++) {
      long start = in.readLong();
      long last = in.readLong();
      if (i < p.lastHit.length) { // a rule kind this release no longer has is dropped
        p.episodeStart[i] = start;
        p.lastHit[i] = last;
      }
    }
    in.expectEnd();
    return p;
  }

  private int flatSize() {
    int size = 1;
    for (TimeBuckets b : buckets()) {
      size += b.flatSize();
    }
    size += cardAmounts.flatSize() + otherDebits.flatSize();
    for (RecentSet s : sets()) {
      size += s.flatSize();
    }
    size += Integer.BYTES;
    for (int i = 0; i < PROBES; i++) {
      if (probeTimes[i] != Long.MIN_VALUE) {
        size += 2 * Long.BYTES + FlatWriter.nullableStringSize(probeIds[i]);
      }
    }
    size += Integer.BYTES + 2 * Long.BYTES + Integer.BYTES + Long.BYTES;
    return size + Integer.BYTES + 2 * Long.BYTES * lastHit.length;
  }

  /** Bit {@code i} set when probe slot {@code i} holds an authorisation. */
  private int probesInUse() {
    int mask = 0;
    for (int i = 0; i < PROBES; i++) {
      if (probeTimes[i] != Long.MIN_VALUE) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  private TimeBuckets[] buckets() {
    return new TimeBuckets[] {minutes, hours, days, daysIn, daysOut};
  }

  private RecentSet[] sets() {
    return new RecentSet[] {merchants, countries, devices, counterparties};
  }

  /** Version 1 writer, kept only so tests can produce state as older releases stored it. */
  byte[] toLegacyBytes() {
    return Codec.encode(LEGACY_VERSION, this::write);
  }

  private void write(DataOutput o) throws IOException {
    for (TimeBuckets b : new TimeBuckets[] {minutes, hours, days, daysIn, daysOut}) {
      b.write(o);
    }
    cardAmounts.write(o);
    otherDebits.write(o);
    for (RecentSet s : new RecentSet[] {merchants, countries, devices, counterparties}) {
      s.write(o);
    }
    for (int i = 0; i < PROBES; i++) {
      o.writeLong(probeTimes[i]);
      o.writeLong(probeMerchants[i]);
      Codec.writeNullable(o, probeIds[i]);
    }
    o.writeInt(probeNext);
    o.writeLong(lastTime);
    o.writeLong(lastCardTime);
    o.writeInt(lastCardCountry);
    o.writeLong(history);
    for (int i = 0; i < lastHit.length; i++) {
      o.writeLong(episodeStart[i]);
      o.writeLong(lastHit[i]);
    }
  }

  private static AccountProfile read(DataInput in) throws IOException {
    AccountProfile p = new AccountProfile();
    for (TimeBuckets b : new TimeBuckets[] {p.minutes, p.hours, p.days, p.daysIn, p.daysOut}) {
      b.read(in);
    }
    p.cardAmounts.read(in);
    p.otherDebits.read(in);
    for (RecentSet s : new RecentSet[] {p.merchants, p.countries, p.devices, p.counterparties}) {
      s.read(in);
    }
    for (int i = 0; i < PROBES; i++) {
      p.probeTimes[i] = in.readLong();
      p.probeMerchants[i] = in.readLong();
      p.probeIds[i] = Codec.readNullable(in);
    }
    p.probeNext = in.readInt();
    p.lastTime = in.readLong();
    p.lastCardTime = in.readLong();
    p.lastCardCountry = in.readInt();
    p.history = in.readLong();
    for (int i = 0; i < p.lastHit.length; i++) {
      p.episodeStart[i] = in.readLong();
      p.lastHit[i] = in.readLong();
    }
    return p;
  }
}
