package io.finnexus.batch.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;

/**
 * Encrypts a stream into the framed AES-256-GCM format of {@link GcmFrames}. {@link #close()}
 * writes the final frame; a stream that is not closed is not a valid part (and verify says so).
 */
final class GcmFrameOutputStream extends OutputStream {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputStream out;
  private final BackupKey key;
  private final byte[] header;
  private final byte[] buffer;
  private int filled;
  private long frame;
  private boolean closed;

  GcmFrameOutputStream(OutputStream out, BackupKey key, int frameBytes) throws IOException {
    this.out = out;
    this.key = key;
    this.buffer = new byte[frameBytes];
    byte[] prefix = new byte[8];
    RANDOM.nextBytes(prefix);
    this.header =
        ByteBuffer.allocate(GcmFrames.HEADER_BYTES)
            .put(GcmFrames.MAGIC)
            .putInt(frameBytes)
            .put(prefix)
            .array();
    out.write(header);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (filled == buffer.length) {
        emit(false);
      }
      int n = Math.min(len, buffer.length - filled);
      System.arraycopy(b, off, buffer, filled, n);
      filled += n;
      off += n;
      len -= n;
    }
  }

  private void emit(boolean last) throws IOException {
    try {
      Cipher cipher = GcmFrames.cipher(Cipher.ENCRYPT_MODE, key, header, frame++, last);
      byte[] sealed = cipher.doFinal(buffer, 0, filled);
      out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
      out.write(sealed);
      filled = 0;
    } catch (GeneralSecurityException e) {
      throw new IOException("AES-GCM encryption failed", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      emit(true);
      out.close();
    }
  }
}
