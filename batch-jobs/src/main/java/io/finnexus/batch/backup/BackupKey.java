package io.finnexus.batch.backup;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts backup parts, given as 32 bytes in base64 (property {@code
 * finnexus.backup.key}). Keep it out of the backup directory: whoever has both reads the backup.
 */
public final class BackupKey {

  private final byte[] key;

  private BackupKey(byte[] key) {
    this.key = key;
  }

  /**
   * Decodes a base64 AES-256 key.
   *
   * @throws IllegalArgumentException (without echoing the value) if it is not 32 bytes of base64
   */
  public static BackupKey fromBase64(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException(
          "backup key missing: set finnexus.backup.key to 32 random bytes in base64"
              + " (e.g. `openssl rand -base64 32`)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("backup key is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "backup key must be 32 bytes (AES-256), was " + bytes.length);
    }
    return new BackupKey(bytes);
  }

  SecretKey secretKey() {
    return new SecretKeySpec(Arrays.copyOf(key, key.length), "AES");
  }

  @Override
  public String toString() {
    return "BackupKey[redacted]";
  }
}
