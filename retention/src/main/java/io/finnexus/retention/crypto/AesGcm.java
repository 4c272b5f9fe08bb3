package io.finnexus.retention.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value, prepended to the ciphertext. The associated
 * data binds a ciphertext to its context (subject, field), so a value moved elsewhere fails
 * authentication instead of decrypting.
 *
 * <p>Each thread keeps one {@link Cipher} and initialises it per call with that call's key and
 * nonce: {@code Cipher.getInstance} (a provider look-up) cost more than the AES-GCM work itself on
 * the alert list, which opens two sealed fields per row; re-initialising with the same key also
 * skips the key schedule. The nonce is still fresh and random for every seal.
 */
final class AesGcm {

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  static final int KEY_BYTES = 32;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(AesGcm::newCipher);

  private AesGcm() {}

  static byte[] newKeyBytes() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  /** Returns nonce || ciphertext || tag. */
  static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
    }
  }

  /**
   * Opens what {@link #seal} produced.
   *
   * @throws PersonalDataRejected TAMPERED when the tag, key or associated data does not match
   */
  static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new PersonalDataRejected(PersonalDataRejected.Reason.MALFORMED_TOKEN, "too short");
    }
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.TAMPERED, "authentication failed: wrong key or context");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
    }
  }
}
