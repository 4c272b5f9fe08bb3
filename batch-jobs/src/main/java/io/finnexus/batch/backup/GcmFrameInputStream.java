package io.finnexus.batch.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * Decrypts and authenticates the framed format of {@link GcmFrames}, frame by frame. Any tampering
 * (a flipped bit, a dropped, reordered or foreign frame, a truncated part) fails with {@link
 * CorruptPartException} naming the frame; no unauthenticated byte is ever returned.
 */
final class GcmFrameInputStream extends InputStream {

  private final DataInputStream in;
  private final BackupKey key;
  private final byte[] header = new byte[GcmFrames.HEADER_BYTES];
  private final int frameBytes;
  private byte[] plain = new byte[0];
  private int position;
  private long frame;
  private boolean finished;

  GcmFrameInputStream(InputStream in, BackupKey key) throws IOException {
    this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    this.key = key;
    try {
      this.in.readFully(header);
    } catch (EOFException e) {
      throw new CorruptPartException("part is shorter than its header");
    }
    if (!Arrays.equals(Arrays.copyOf(header, GcmFrames.MAGIC.length), GcmFrames.MAGIC)) {
      throw new CorruptPartException("not a FinNexus backup part (bad magic)");
    }
    frameBytes = ByteBuffer.wrap(header, GcmFrames.MAGIC.length, 4).getInt();
    if (frameBytes < 1 || frameBytes > (64 << 20)) {
      throw new CorruptPartException("implausible frame size " + frameBytes);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (position == plain.length) {
      if (finished) {
        return -1;
      }
      nextFrame();
    }
    int n = Math.min(len, plain.length - position);
    System.arraycopy(plain, position, b, off, n);
    position += n;
    return n;
  }

  private void nextFrame() throws IOException {
    int length;
    byte[] sealed;
    try {
      length = in.readInt();
      if (length < GcmFrames.TAG_BYTES || length > frameBytes + GcmFrames.TAG_BYTES) {
        throw new CorruptPartException("frame " + frame + " has a bad length " + length);
      }
      sealed = new byte[length];
      in.readFully(sealed);
    } catch (EOFException e) {
      throw new CorruptPartException("part truncated at frame " + frame);
    }
    boolean last = isAtEnd();
    plain = open(sealed, last);
    position = 0;
    finished = last;
    frame++;
  }

  private boolean isAtEnd() throws IOException {
    in.mark(1);
    int next = in.read();
    if (next >= 0) {
      in.reset();
      return false;
    }
    return true;
  }

  private byte[] open(byte[] sealed, boolean last) throws IOException {
    try {
      return GcmFrames.cipher(Cipher.DECRYPT_MODE, key, header, frame, last).doFinal(sealed);
    } catch (GeneralSecurityException e) {
      throw new CorruptPartException(
          "frame "
              + frame
              + " failed authentication ("
              + (last ? "final frame" : "frame")
              + "): tampered, truncated or wrong key");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
