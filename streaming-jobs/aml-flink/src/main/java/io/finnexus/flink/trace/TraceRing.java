package io.finnexus.flink.trace;

import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The trace contexts of an account's {@value #CAPACITY} most recent traced transactions, oldest
 * first, so an alert can link the spans of the transactions that contributed to it. Bounded: at
 * most {@value #CAPACITY} entries of a transaction id and 25 bytes of context (trace id, span id,
 * flags), about 1 KB per account at most; an alert therefore has at most {@value #CAPACITY} links.
 * Contributions older than the last {@value #CAPACITY} traced transactions of the account go
 * unlinked. Immutable; a small versioned binary form for Flink state.
 */
public final class TraceRing {
  public static final int CAPACITY = 16;
  private static final byte VERSION = 1;
  private static final HexFormat HEX = HexFormat.of();
  private static final TraceRing EMPTY = new TraceRing(List.of());

  private record Entry(String transactionId, SpanContext context) {}

  private final List<Entry> entries;

  private TraceRing(List<Entry> entries) {
    this.entries = entries;
  }

  public static TraceRing empty() {
    return EMPTY;
  }

  public int size() {
    return entries.size();
  }

  /** The ring with {@code transactionId}'s context added (the oldest dropped when full). */
  public TraceRing with(String transactionId, String traceparent) {
    SpanContext context =
        Span.fromContext(TraceHeaders.fromTraceparent(traceparent)).getSpanContext();
    if (!context.isValid()) {
      return this;
    }
    List<Entry> next = new ArrayList<>(CAPACITY);
    for (Entry e : entries) {
      if (!e.transactionId().equals(transactionId)) {
        next.add(e);
      }
    }
    next.add(new Entry(transactionId, context));
    return new TraceRing(
        List.copyOf(next.subList(Math.max(0, next.size() - CAPACITY), next.size())));
  }

  /** The contexts of {@code transactionIds} the ring knows, except {@code trigger}'s. */
  public List<SpanContext> linksFor(Collection<String> transactionIds, String trigger) {
    List<SpanContext> links = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.transactionId().equals(trigger) && transactionIds.contains(e.transactionId())) {
        links.add(e.context());
      }
    }
    return links;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * entries.size() + 2);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(entries.size());
      for (Entry e : entries) {
        out.writeUTF(e.transactionId());
        out.write(e.context().getTraceIdBytes());
        out.write(e.context().getSpanIdBytes());
        out.writeByte(e.context().getTraceFlags().asByte());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The ring stored as {@code bytes}; null is the empty ring. */
  public static TraceRing fromBytes(byte[] bytes) {
    if (bytes == null) {
      return EMPTY;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("unknown trace ring version " + version);
      }
      int n = in.readUnsignedByte();
      List<Entry> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        byte[] trace = in.readNBytes(16);
        byte[] span = in.readNBytes(8);
        TraceFlags flags = TraceFlags.fromByte(in.readByte());
        entries.add(
            new Entry(
                id,
                SpanContext.createFromRemoteParent(
                    HEX.formatHex(trace), HEX.formatHex(span), flags, TraceState.getDefault())));
      }
      return new TraceRing(List.copyOf(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
