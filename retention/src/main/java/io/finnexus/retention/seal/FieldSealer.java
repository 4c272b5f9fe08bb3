package io.finnexus.retention.seal;

import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.PersonalDataRejected;
import java.util.Optional;

/**
 * Seals one personal value under its subject's data key, and opens it again, with the rules every
 * writer shares:
 *
 * <ul>
 *   <li>no subject (an operations alert without a customer), or a null value: left as it is, since
 *       there is no one to erase it for;
 *   <li>a value that is already a token of this subject and field (sealed by an engine upstream):
 *       kept as it is, never sealed twice;
 *   <li>a subject already erased (key shredded): {@link SealedFields#ERASED}, never the plaintext;
 *   <li>anything else, including text that merely looks like a token: sealed.
 * </ul>
 *
 * Key store failures are thrown, so the caller retries instead of writing plaintext.
 */
public final class FieldSealer {

  static final String TOKEN_PREFIX = "fnx1:";

  private final PersonalDataCipher cipher;

  public FieldSealer(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  /** The sealed form of {@code value}. */
  public String seal(String subjectId, String field, String value) {
    if (value == null || !hasSubject(subjectId)) {
      return value;
    }
    if (isToken(value)) {
      Optional<String> opened = tryOpen(subjectId, field, value);
      if (opened != null) {
        return opened.isPresent() ? value : SealedFields.ERASED;
      }
    }
    try {
      return cipher.encrypt(subjectId, field, value);
    } catch (PersonalDataRejected e) {
      if (e.reason() == PersonalDataRejected.Reason.SUBJECT_SHREDDED) {
        return SealedFields.ERASED;
      }
      throw e;
    }
  }

  /**
   * The plaintext of a stored value: a value that is no token (written unsealed) as it is, {@link
   * SealedFields#ERASED} for an erased subject.
   *
   * @throws PersonalDataRejected when the token does not open for this subject and field
   */
  public String open(String subjectId, String field, String stored) {
    if (stored == null || !isToken(stored) || !hasSubject(subjectId)) {
      return stored;
    }
    return cipher.decrypt(subjectId, field, stored).orElse(SealedFields.ERASED);
  }

  /** True when {@code value} has the cipher's token form (it may still not open). */
  public static boolean isToken(String value) {
    return value != null && value.startsWith(TOKEN_PREFIX);
  }

  /** The plaintext (empty: erased), or null when the token is not this subject's and field's. */
  private Optional<String> tryOpen(String subjectId, String field, String token) {
    try {
      return cipher.decrypt(subjectId, field, token);
    } catch (PersonalDataRejected e) {
      return null;
    }
  }

  private static boolean hasSubject(String subjectId) {
    return subjectId != null && !subjectId.isBlank();
  }
}
