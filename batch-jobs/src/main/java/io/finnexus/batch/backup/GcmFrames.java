package io.finnexus.batch.backup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted part format, shared by {@link GcmFrameOutputStream} and {@link
 * GcmFrameInputStream}.
 *
 * <pre>
 * header:  "FNXBAK1\0" (8 bytes) | frame size (int32) | nonce prefix (8 random bytes per part)
 * frames:  ciphertext length (int32) | AES-256-GCM ciphertext with its 16-byte tag
 * </pre>
 *
 * Frame {@code i} has nonce {@code prefix || int32(i)} (unique within the part, random across
 * parts) and authenticates {@code header || int64(i) || final-flag} as associated data, so frames
 * cannot be reordered, dropped, spliced from another part or truncated after the last one: a part
 * always ends with a frame whose final flag is set (possibly empty). Each frame holds at most frame
 * size plaintext bytes, so parts of any size stream in constant memory.
 */
final class GcmFrames {

  static final byte[] MAGIC = "FNXBAK1\0".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = MAGIC.length + 4 + 8;
  static final int TAG_BITS = 128;
  static final int TAG_BYTES = TAG_BITS / 8;
  static final int DEFAULT_FRAME_BYTES = 1 << 20;

  private GcmFrames() {}

  static Cipher cipher(int mode, BackupKey key, byte[] header, long frame, boolean last)
      throws GeneralSecurityException {
    byte[] nonce =
        ByteBuffer.allocate(12).put(header, MAGIC.length + 4, 8).putInt((int) frame).array();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(header);
    cipher.updateAAD(ByteBuffer.allocate(9).putLong(frame).put((byte) (last ? 1 : 0)).array());
    return cipher;
  }
}
