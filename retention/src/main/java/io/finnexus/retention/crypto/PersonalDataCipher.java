package io.finnexus.retention.crypto;

import java.util.Optional;

/**
 * Encrypts and decrypts personal data (names, account numbers / IBANs, addresses, free-text memos)
 * of one data subject. Every value is bound to its subject and field: a token copied to another
 * subject or column is rejected, not decrypted.
 *
 * <p>Contract: {@code decrypt(s, f, encrypt(s, f, p))} is {@code Optional.of(p)} until the subject
 * is shredded, and {@code Optional.empty()} ("unreadable") afterwards. Bad input is refused with
 * {@link PersonalDataRejected} and a reason; plaintext never appears in an exception or a log.
 */
public interface PersonalDataCipher {

  /** Returns a self-describing token {@code fnx1:<dataKeyVersion>:<base64>}. */
  String encrypt(String subjectId, String field, String plaintext);

  /** The plaintext, or empty when the subject's key has been shredded. */
  Optional<String> decrypt(String subjectId, String field, String token);
}
