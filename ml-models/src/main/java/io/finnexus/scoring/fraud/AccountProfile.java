package io.finnexus.scoring.fraud;

import io.finnexus.scoring.state.Codec;
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
 * rule episodes. Fixed size whatever the traffic: about 6 KB serialized (ids beyond the probe ring
 * are kept as 64-bit hashes).
 *
 * <p>Public no-arg constructor; engines store {@link #toBytes()} (versioned codec).
 */
public final class AccountProfile {
  static final int PROBES = 16;
  private static final int VERSION = 1;
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
    return Codec.encode(VERSION, this::write);
  }

  public static AccountProfile fromBytes(byte[] bytes) {
    return Codec.decode(bytes, VERSION, AccountProfile::read);
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
