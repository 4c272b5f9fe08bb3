package io.finnexus.api.archive;

import io.finnexus.retention.erasure.ErasureLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which subjects of a batch were erased: named in the erasure ledger (written first by an erasure,
 * and kept outside the database, so it also covers an erasure still running and a database restored
 * from an older backup) or holding a shredded data key. The ledger is re-read only when the file
 * changed.
 */
@Component
class ErasedSubjects {

  private final JdbcTemplate jdbc;
  private final ErasureLedger ledger;
  private Object ledgerVersion;
  private Set<String> ledgerHashes = Set.of();

  ErasedSubjects(JdbcTemplate jdbc, ErasureLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  Set<String> among(Collection<String> subjects) {
    Set<String> distinct = new HashSet<>(subjects);
    distinct.remove(null);
    if (distinct.isEmpty()) {
      return Set.of();
    }
    Set<String> hashes = ledgerHashes();
    Set<String> erased = new HashSet<>();
    distinct.stream().filter(s -> hashes.contains(ErasureLedger.hash(s))).forEach(erased::add);
    erased.addAll(
        jdbc.queryForList(
            "SELECT subject_id FROM subject_key WHERE subject_id = ANY(?) AND shredded_at IS NOT"
                + " NULL",
            String.class,
            (Object) distinct.toArray(String[]::new)));
    return erased;
  }

  private synchronized Set<String> ledgerHashes() {
    Object version = version(ledger.file());
    if (!Objects.equals(version, ledgerVersion)) {
      ledgerHashes = ledger.subjectHashes();
      ledgerVersion = version;
    }
    return ledgerHashes;
  }

  /** Size and modification time: the ledger is append-only, a restore replaces it whole. */
  private static Object version(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.size() + "@" + a.lastModifiedTime();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the erasure ledger " + file, e);
    }
  }
}
