package io.finnexus.scoring.aml;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.state.Codec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Everything the AML detectors remember about one account: the last {@value #RING} inbound and
 * outbound non-card legs, last activity, per-typology episodes, and the {@link CycleState}. Bounded
 * whatever the traffic: about {@code 2 × 64 × (37 + id length)} bytes of legs plus at most 32 paths
 * of 8 hops (≈ 40 KB worst case with 64-character ids; typically 5–15 KB serialized).
 *
 * <p>Public no-arg constructor and mutable fields behind methods: Flink may hold it as a POJO, but
 * engines should prefer {@link #toBytes()}/{@link #fromBytes(byte[])} (versioned, compact).
 */
public final class AmlAccountState {
  public static final int RING = 64;

  /**
   * 2: the per-typology episodes are prefixed by their count, so typologies appended to {@link
   * Typology} read older state (missing ones start empty). 1: no count, 12 typologies.
   */
  private static final int VERSION = 2;

  private static final int V1_TYPOLOGIES = 12;

  final LegRing in = new LegRing(RING);
  final LegRing out = new LegRing(RING);
  final CycleState cycles = new CycleState();
  final long[] episodeStart = new long[Typology.values().length];
  final long[] lastHit = new long[Typology.values().length];
  long lastActivity = Long.MIN_VALUE;
  long reactivatedAt = Long.MIN_VALUE;
  long dormantSince = Long.MIN_VALUE;

  public AmlAccountState() {
    java.util.Arrays.fill(lastHit, Long.MIN_VALUE);
  }

  /**
   * The start of the current episode of {@code typology} on this account: a hit more than {@code
   * gapMillis} after the previous one starts a new episode. Alert ids derive from it, so one
   * episode = one alert, re-emitted with growing evidence.
   */
  long episode(Typology typology, long time, long gapMillis) {
    int t = typology.ordinal();
    if (lastHit[t] == Long.MIN_VALUE || time - lastHit[t] > gapMillis) {
      episodeStart[t] = time;
    }
    lastHit[t] = Math.max(lastHit[t], time);
    return episodeStart[t];
  }

  public CycleState cycles() {
    return cycles;
  }

  public byte[] toBytes() {
    return Codec.encode(VERSION, this::write);
  }

  /** Reads the current format, and version 1 (written before the typology count was stored). */
  public static AmlAccountState fromBytes(byte[] bytes) {
    if (bytes.length > 0 && bytes[0] == 1) {
      return Codec.decode(bytes, 1, in -> read(in, true));
    }
    return Codec.decode(bytes, VERSION, in -> read(in, false));
  }

  private void write(DataOutput o) throws IOException {
    in.write(o);
    out.write(o);
    o.writeShort(episodeStart.length);
    for (int i = 0; i < episodeStart.length; i++) {
      o.writeLong(episodeStart[i]);
      o.writeLong(lastHit[i]);
    }
    o.writeLong(lastActivity);
    o.writeLong(reactivatedAt);
    o.writeLong(dormantSince);
    CycleCodec.write(o, cycles);
  }

  private static AmlAccountState read(DataInput i, boolean v1) throws IOException {
    AmlAccountState s = new AmlAccountState();
    s.in.read(i);
    s.out.read(i);
    int typologies = v1 ? V1_TYPOLOGIES : i.readUnsignedShort();
    for (int k = 0; k < typologies; k++) {
      long start = i.readLong();
      long hit = i.readLong();
      if (k < s.episodeStart.length) {
        s.episodeStart[k] = start;
        s.lastHit[k] = hit;
      }
    }
    s.lastActivity = i.readLong();
    s.reactivatedAt = i.readLong();
    s.dormantSince = i.readLong();
    CycleCodec.read(i, s.cycles);
    return s;
  }
}
