package io.finnexus.retention.crypto;

/**
 * One row of the key store. {@code wrapped} is null once the subject was crypto-shredded; the row
 * itself stays as the tombstone proving it.
 */
public record StoredSubjectKey(String subjectId, WrappedKey wrapped, int dataKeyVersion) {

  public boolean shredded() {
    return wrapped == null;
  }
}
