package io.finnexus.retention.erasure;

/**
 * One place holding a data subject's personal data, and how to erase it there. Implemented here:
 * {@link ErasureLedgerTarget} (records the erasure outside the database), {@link CryptoShredTarget}
 * (the subject's data key) and {@link PostgresRowsTarget} (plaintext rows in a PostgreSQL table);
 * the API adds the search index and Kafka tombstones. Backups need no adapter: their personal data
 * is encrypted, and {@link RestoredErasures} shreds the keys a restore brings back, from the
 * ledger.
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
