package io.finnexus.scoring.aml;

import io.finnexus.scoring.aml.CycleState.Edge;
import io.finnexus.scoring.state.Codec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/** Binary codec of {@link CycleState} and {@link PathToken} (tokens also travel between keys). */
public final class CycleCodec {
  private static final int TOKEN_VERSION = 1;

  private CycleCodec() {}

  public static byte[] tokenToBytes(PathToken token) {
    return Codec.encode(TOKEN_VERSION, o -> writeToken(o, token));
  }

  public static PathToken tokenFromBytes(byte[] bytes) {
    return Codec.decode(bytes, TOKEN_VERSION, CycleCodec::readToken);
  }

  static void write(DataOutput o, CycleState s) throws IOException {
    o.writeInt(s.paths.size());
    for (PathToken p : s.paths) {
      writeToken(o, p);
    }
    writeEdges(o, s.outEdges);
    writeEdges(o, s.credits);
    for (long r : s.reported) {
      o.writeLong(r);
    }
    o.writeInt(s.reportedNext);
  }

  static void read(DataInput i, CycleState s) throws IOException {
    for (int n = i.readInt(); n > 0; n--) {
      s.paths.add(readToken(i));
    }
    readEdges(i, s.outEdges);
    readEdges(i, s.credits);
    for (int k = 0; k < s.reported.length; k++) {
      s.reported[k] = i.readLong();
    }
    s.reportedNext = i.readInt();
  }

  private static void writeEdges(DataOutput o, List<Edge> edges) throws IOException {
    o.writeInt(edges.size());
    for (Edge e : edges) {
      o.writeUTF(e.counterparty());
      o.writeLong(e.amount());
      o.writeLong(e.time());
      Codec.writeNullable(o, e.transactionId());
    }
  }

  private static void readEdges(DataInput i, List<Edge> edges) throws IOException {
    for (int n = i.readInt(); n > 0; n--) {
      edges.add(new Edge(i.readUTF(), i.readLong(), i.readLong(), Codec.readNullable(i)));
    }
  }

  private static void writeToken(DataOutput o, PathToken t) throws IOException {
    o.writeByte(t.hops());
    for (String a : t.accounts()) {
      o.writeUTF(a);
    }
    for (int h = 0; h < t.hops(); h++) {
      o.writeLong(t.amounts()[h]);
      o.writeLong(t.times()[h]);
      Codec.writeNullable(o, t.debitIds()[h]);
      Codec.writeNullable(o, t.creditIds()[h]);
    }
  }

  private static PathToken readToken(DataInput i) throws IOException {
    int hops = i.readUnsignedByte();
    String[] accounts = new String[hops + 1];
    for (int k = 0; k <= hops; k++) {
      accounts[k] = i.readUTF();
    }
    long[] amounts = new long[hops];
    long[] times = new long[hops];
    String[] debits = new String[hops];
    String[] credits = new String[hops];
    for (int h = 0; h < hops; h++) {
      amounts[h] = i.readLong();
      times[h] = i.readLong();
      debits[h] = Codec.readNullable(i);
      credits[h] = Codec.readNullable(i);
    }
    return new PathToken(accounts, amounts, times, debits, credits);
  }
}
