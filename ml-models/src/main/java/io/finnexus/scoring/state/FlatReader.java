package io.finnexus.scoring.state;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a flat binary layout written by {@link FlatWriter}. Every read is bounds-checked: truncated
 * or corrupt input fails with {@link IllegalArgumentException} naming the offset, never with an
 * index error deep in a state class.
 */
public final class FlatReader {
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle CHAR =
      MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private final byte[] bytes;
  private int position;

  /** A reader of {@code bytes} from {@code offset}. */
  public FlatReader(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.position = offset;
  }

  public int readUnsignedByte() {
    require(1);
    return bytes[position++] & 0xff;
  }

  public int readInt() {
    require(Integer.BYTES);
    int value = (int) INT.get(bytes, position);
    position += Integer.BYTES;
    return value;
  }

  public long readLong() {
    require(Long.BYTES);
    long value = (long) LONG.get(bytes, position);
    position += Long.BYTES;
    return value;
  }

  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  /** A string written by {@link FlatWriter#writeNullableString}. */
  public String readNullableString() {
    int lengthPlusOne = readInt();
    if (lengthPlusOne == 0) {
      return null;
    }
    check(lengthPlusOne > 0, "negative string length " + (lengthPlusOne - 1));
    int length = lengthPlusOne - 1;
    require((long) Character.BYTES * length);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) CHAR.get(bytes, position);
      position += Character.BYTES;
    }
    return new String(chars);
  }

  /** Fails with the reason unless {@code ok}. */
  public void check(boolean ok, String reason) {
    if (!ok) {
      throw corrupt(reason);
    }
  }

  /** A count written as an int, in {@code [0, max]}, else the input is corrupt. */
  public int readCount(int max) {
    int n = readInt();
    if (n < 0 || n > max) {
      throw corrupt("count " + n + " above its bound " + max);
    }
    return n;
  }

  /** Fails unless every byte was read. */
  public void expectEnd() {
    if (position != bytes.length) {
      throw corrupt((bytes.length - position) + " trailing bytes");
    }
  }

  private void require(long n) {
    if (n > bytes.length - position) {
      throw corrupt("truncated: " + n + " bytes needed, " + (bytes.length - position) + " left");
    }
  }

  private IllegalArgumentException corrupt(String reason) {
    return new IllegalArgumentException(
        "truncated or corrupt state at byte " + position + ": " + reason);
  }
}
