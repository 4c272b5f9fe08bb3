package io.finnexus.retention.erasure;

/**
 * One place holding a data subject's personal data, and how to erase it there. Implemented here:
 * {@link CryptoShredTarget} (the subject's data key) and {@link PostgresRowsTarget} (plaintext
 * copies in a PostgreSQL table). Adapters to come: search index entries (delete by subject), caches
 * (evict), Kafka keyed topics (tombstone per key, relying on compaction), MongoDB archive. Backups
 * need no adapter: their personal data is encrypted, so the shred covers them, and {@link
 * ErasureService#reapplyAfterRestore} re-runs every target after a restore.
 *
 * <p>Contract: {@link #erase} is idempotent (a retry after a partial failure is safe) and never
 * touches another subject; {@link #remaining} counts what is still readable, 0 once erased.
 */
public interface ErasureTarget {

  /** A stable name for the confirmation, e.g. {@code crypto-shred}. */
  String name();

  ErasureOutcome erase(String subjectId);

  long remaining(String subjectId);
}
