package io.finnexus.retention.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@link PersonalDataCipher} by envelope encryption: AES-256-GCM under the subject's data key (from
 * {@link SubjectKeys}), a random 96-bit nonce per value, associated data = subject id + field name.
 */
public final class EnvelopePersonalDataCipher implements PersonalDataCipher {

  private static final int MAX_ID_LENGTH = 200;
  private final SubjectKeys keys;

  public EnvelopePersonalDataCipher(SubjectKeys keys) {
    this.keys = keys;
  }

  @Override
  public String encrypt(String subjectId, String field, String plaintext) {
    requireValid(subjectId, field);
    if (plaintext == null) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.INVALID_INPUT, "plaintext is null");
    }
    SubjectKeys.DataKey key = keys.forEncrypt(subjectId);
    byte[] sealed =
        AesGcm.seal(
            key.key(), plaintext.getBytes(StandardCharsets.UTF_8), valueContext(subjectId, field));
    return new CipherToken(key.version(), sealed).format();
  }

  @Override
  public Optional<String> decrypt(String subjectId, String field, String token) {
    requireValid(subjectId, field);
    CipherToken parsed = CipherToken.parse(token);
    Optional<SubjectKeys.DataKey> key = keys.forDecrypt(subjectId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().version() != parsed.dataKeyVersion()) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.TAMPERED, "token names a data key version not held");
    }
    byte[] plain = AesGcm.open(key.get().key(), parsed.sealed(), valueContext(subjectId, field));
    return Optional.of(new String(plain, StandardCharsets.UTF_8));
  }

  private static byte[] valueContext(String subjectId, String field) {
    return ("fnx1\0" + subjectId + "\0" + field).getBytes(StandardCharsets.UTF_8);
  }

  private static void requireValid(String subjectId, String field) {
    if (isBlankOrLong(subjectId) || isBlankOrLong(field)) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.INVALID_INPUT,
          "subject id and field must be 1.." + MAX_ID_LENGTH + " characters");
    }
    if (subjectId.indexOf('\0') >= 0 || field.indexOf('\0') >= 0) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.INVALID_INPUT, "NUL is not allowed in ids");
    }
  }

  private static boolean isBlankOrLong(String s) {
    return s == null || s.isBlank() || s.length() > MAX_ID_LENGTH;
  }
}
