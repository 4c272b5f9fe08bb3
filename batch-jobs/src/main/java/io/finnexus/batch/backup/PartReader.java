package io.finnexus.batch.backup;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;

/**
 * Reads one archive part back: file → SHA-256 → AES-256-GCM frames (authenticated) → gunzip →
 * SHA-256 → plaintext. The checksums are complete once {@link #plaintext()} was read to its end.
 */
public final class PartReader implements AutoCloseable {

  private final MessageDigest encryptedDigest = PartDigest.sha256();
  private final MessageDigest plainDigest = PartDigest.sha256();
  private final InputStream plaintext;
  private final GcmFrameInputStream frames;
  private long plaintextBytes;

  public PartReader(Path part, BackupKey key) throws IOException {
    InputStream file =
        new DigestInputStream(
            new BufferedInputStream(Files.newInputStream(part), 1 << 16), encryptedDigest);
    frames = new GcmFrameInputStream(file, key);
    InputStream gunzip = new GZIPInputStream(frames, 1 << 16);
    plaintext =
        new FilterInputStream(new DigestInputStream(gunzip, plainDigest)) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            plaintextBytes += b < 0 ? 0 : 1;
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            plaintextBytes += Math.max(n, 0);
            return n;
          }
        };
  }

  /** The decrypted, decompressed content. */
  public InputStream plaintext() {
    return plaintext;
  }

  /** SHA-256 of the plaintext read so far (all of it after end of stream). */
  public String plaintextSha256() {
    return PartDigest.hex(plainDigest);
  }

  /** SHA-256 of the encrypted bytes read so far. */
  public String encryptedSha256() {
    return PartDigest.hex(encryptedDigest);
  }

  public long plaintextBytes() {
    return plaintextBytes;
  }

  /**
   * Reads the rest of the plaintext and of the encrypted frames (authenticating the final one), so
   * that both checksums cover the whole part and a truncated part is detected.
   */
  public void drain() throws IOException {
    plaintext.transferTo(OutputStreamDiscard.INSTANCE);
    frames.transferTo(OutputStreamDiscard.INSTANCE);
  }

  @Override
  public void close() throws IOException {
    plaintext.close();
  }

  private static final class OutputStreamDiscard extends java.io.OutputStream {
    static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
