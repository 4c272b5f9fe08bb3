package io.finnexus.scoring.state;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes a state's flat binary layout into a byte array sized up front by the state (so encoding is
 * one allocation and no copy): big-endian fixed-width fields, strings as length-prefixed UTF-16.
 * The counterpart of {@link FlatReader}. Not thread-safe; one writer per encoding.
 */
public final class FlatWriter {
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle CHAR =
      MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private final byte[] bytes;
  private int position;

  /** A writer of exactly {@code size} bytes. */
  public FlatWriter(int size) {
    this.bytes = new byte[size];
  }

  public void writeByte(int value) {
    bytes[position++] = (byte) value;
  }

  public void writeInt(int value) {
    INT.set(bytes, position, value);
    position += Integer.BYTES;
  }

  public void writeLong(long value) {
    LONG.set(bytes, position, value);
    position += Long.BYTES;
  }

  public void writeDouble(double value) {
    writeLong(Double.doubleToRawLongBits(value));
  }

  /**
   * A nullable string, exactly as Java holds it (any string round-trips, lone surrogates too): its
   * length + 1 as an int (0 = null), then its UTF-16 chars.
   */
  public void writeNullableString(String value) {
    if (value == null) {
      writeInt(0);
      return;
    }
    writeInt(value.length() + 1);
    for (int i = 0; i < value.length(); i++) {
      CHAR.set(bytes, position, value.charAt(i));
      position += Character.BYTES;
    }
  }

  /** Bytes {@link #writeNullableString} takes for {@code value}. */
  public static int nullableStringSize(String value) {
    return Integer.BYTES + (value == null ? 0 : Character.BYTES * value.length());
  }

  /** The encoded bytes; fails if fewer were written than the size given. */
  public byte[] toByteArray() {
    if (position != bytes.length) {
      throw new IllegalStateException(
          "flat layout sized " + bytes.length + " bytes but " + position + " written");
    }
    return bytes;
  }
}
