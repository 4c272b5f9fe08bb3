package io.finnexus.batch.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one archive part: plaintext → SHA-256 → gzip → AES-256-GCM frames → SHA-256 → file. The
 * part appears under its final name only when complete ({@code .partial} then an atomic rename), so
 * a crash never leaves a part that looks finished.
 */
public final class PartWriter implements AutoCloseable {

  private final Path target;
  private final Path partial;
  private final MessageDigest plainDigest = PartDigest.sha256();
  private final MessageDigest encryptedDigest = PartDigest.sha256();
  private final CountingStream plainCounter;
  private final CountingStream encryptedCounter;
  private final OutputStream plaintext;
  private boolean closed;

  /** Opens {@code target} for writing under {@code key}; gzip at {@code compressionLevel} (1-9). */
  public PartWriter(Path target, BackupKey key, int compressionLevel, int frameBytes)
      throws IOException {
    this.target = target;
    this.partial = target.resolveSibling(target.getFileName() + ".partial");
    encryptedCounter =
        new CountingStream(
            new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16),
                encryptedDigest));
    GcmFrameOutputStream encrypted = new GcmFrameOutputStream(encryptedCounter, key, frameBytes);
    GZIPOutputStream gzip =
        new GZIPOutputStream(encrypted, 1 << 16) {
          {
            def.setLevel(compressionLevel);
          }
        };
    plainCounter = new CountingStream(new DigestOutputStream(gzip, plainDigest));
    plaintext = new BufferedOutputStream(plainCounter, 1 << 16);
  }

  /** Where the caller writes the part's plaintext. Do not close it; close this writer. */
  public OutputStream plaintext() {
    return plaintext;
  }

  /** Finishes the part and moves it to its final name; returns sizes and checksums. */
  public Written finish() throws IOException {
    close();
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Written(
        PartDigest.hex(plainDigest),
        plainCounter.count,
        PartDigest.hex(encryptedDigest),
        encryptedCounter.count);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      plaintext.close();
    }
  }

  /** Sizes and SHA-256 checksums of a finished part. */
  public record Written(
      String plaintextSha256, long plaintextBytes, String encryptedSha256, long encryptedBytes) {}

  /** Default gzip level: 1 (fastest); backups are dominated by compression time. */
  public static final int DEFAULT_COMPRESSION = Deflater.BEST_SPEED;

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
