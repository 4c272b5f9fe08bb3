package io.finnexus.retention.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The append-only record of erased subjects, kept OUTSIDE the database (next to the backups), so
 * that restoring a backup taken before an erasure can erase that subject again: the restored
 * database's own erasure requests predate it. One line per subject: the SHA-256 of the subject id
 * (hex) and when it was erased; the ledger itself names nobody in clear.
 *
 * <p>Lines are appended and forced to disk before the erasure's other targets run, so an erasure
 * that fails half-way is still re-applied after a restore.
 */
public final class ErasureLedger {

  private final Path file;

  public ErasureLedger(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The ledger's form of a subject id: lower-case hex SHA-256 of its UTF-8 bytes. */
  public static String hash(String subjectId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(subjectId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Appends the subject unless listed already; returns true when this call added it. */
  public synchronized boolean record(String subjectId, Instant erasedAt) {
    String hash = hash(subjectId);
    if (subjectHashes().contains(hash)) {
      return false;
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      byte[] line = (hash + '\t' + erasedAt + '\n').getBytes(StandardCharsets.US_ASCII);
      try (FileChannel out =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        out.write(java.nio.ByteBuffer.wrap(line));
        out.force(true);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the erasure ledger " + file, e);
    }
  }

  /** The hashes of every subject erased so far (empty when there is no ledger yet). */
  public synchronized Set<String> subjectHashes() {
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    try {
      Set<String> hashes = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        int tab = line.indexOf('\t');
        if (tab == 64) {
          hashes.add(line.substring(0, tab));
        }
      }
      return hashes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the erasure ledger " + file, e);
    }
  }
}
