package io.finnexus.retention.erasure;

import io.finnexus.retention.crypto.SubjectKeys;

/**
 * Crypto-shreds the subject: destroys their data key in the key store (and this process's cache),
 * making every encrypted value of theirs unreadable in every store and backup at once.
 */
public final class CryptoShredTarget implements ErasureTarget {

  private final SubjectKeys keys;

  public CryptoShredTarget(SubjectKeys keys) {
    this.keys = keys;
  }

  @Override
  public String name() {
    return "crypto-shred";
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    boolean destroyed = keys.shred(subjectId);
    return new ErasureOutcome(
        name(),
        "postgresql:subject_key",
        destroyed ? 1 : 0,
        "data key destroyed: encrypted names, IBANs, addresses and memos unreadable everywhere,"
            + " backups included");
  }

  @Override
  public long remaining(String subjectId) {
    return keys.readable(subjectId) ? 1 : 0;
  }
}
