package io.finnexus.scoring.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Helpers for the states' versioned binary codecs ({@code toBytes}/{@code fromBytes}). */
public final class Codec {
  private Codec() {}

  /** A body writer that may throw {@link IOException} (never does for in-memory streams). */
  @FunctionalInterface
  public interface Body {
    void write(DataOutput out) throws IOException;
  }

  /** A body reader. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  public static byte[] encode(int version, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(version);
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes bytes written by {@link #encode}; a wrong version or truncated input is rejected with
   * {@link IllegalArgumentException} naming the reason.
   */
  public static <T> T decode(byte[] bytes, int version, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int found = in.readUnsignedByte();
      if (found != version) {
        throw new IllegalArgumentException(
            "state codec version " + found + ", expected " + version);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated or corrupt state: " + e.getMessage(), e);
    }
  }

  public static void writeNullable(DataOutput out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  public static String readNullable(DataInput in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
