package io.finnexus.retention.crypto;

import java.util.Base64;

/**
 * The self-describing stored form of one encrypted value: {@code fnx1:<dataKeyVersion>:<b64>},
 * where b64 is URL-safe base64 (no padding) of nonce || ciphertext || tag. The master key version
 * is deliberately not in the token: it lives with the wrapped data key, so rotating the master key
 * never touches stored values.
 */
record CipherToken(int dataKeyVersion, byte[] sealed) {

  static final String PREFIX = "fnx1:";

  String format() {
    return PREFIX
        + dataKeyVersion
        + ':'
        + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
  }

  /** Parses a token or rejects it with {@code MALFORMED_TOKEN}. */
  static CipherToken parse(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      throw malformed("missing fnx1 prefix");
    }
    int colon = token.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw malformed("missing key version");
    }
    try {
      int version = Integer.parseInt(token.substring(PREFIX.length(), colon));
      if (version < 1) {
        throw malformed("key version must be positive");
      }
      byte[] sealed = Base64.getUrlDecoder().decode(token.substring(colon + 1));
      return new CipherToken(version, sealed);
    } catch (IllegalArgumentException e) {
      throw malformed("bad version or base64");
    }
  }

  private static PersonalDataRejected malformed(String detail) {
    return new PersonalDataRejected(PersonalDataRejected.Reason.MALFORMED_TOKEN, detail);
  }
}
