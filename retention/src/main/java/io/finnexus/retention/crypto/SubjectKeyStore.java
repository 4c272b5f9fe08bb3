package io.finnexus.retention.crypto;

import java.util.List;
import java.util.Optional;

/**
 * Durable store of wrapped per-subject data keys ({@code subject_key} table in production, see
 * {@link JdbcSubjectKeyStore}). Holds only wrapped keys: reading the store alone reveals nothing.
 */
public interface SubjectKeyStore {

  Optional<StoredSubjectKey> find(String subjectId);

  /**
   * Stores {@code wrapped} as the subject's data key unless a row exists already (a concurrent
   * writer won, or the subject is shredded). Returns the row that is there afterwards.
   */
  StoredSubjectKey insertIfAbsent(String subjectId, WrappedKey wrapped);

  /**
   * Destroys the subject's wrapped data key and records when; creates a shredded tombstone if the
   * subject never had a key, so none is minted later. Idempotent.
   *
   * @return true when a live key was destroyed by this call
   */
  boolean shred(String subjectId);

  /** Live keys still wrapped under a master key version other than {@code version}. */
  List<StoredSubjectKey> liveKeysNotOnVersion(int version, int limit);

  /**
   * Replaces a live key's wrapping if it is still on {@code expectedMasterVersion} (compare and
   * set, so concurrent rotations and shreds never lose or resurrect a key).
   *
   * @return true when the row was updated
   */
  boolean rewrap(String subjectId, int expectedMasterVersion, WrappedKey rewrapped);

  /** Counts live keys per master version: the evidence that an old master key is unused. */
  long countLiveOnVersion(int version);
}
