package io.finnexus.retention.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Deterministic, keyed tokens of identifiers (account numbers, customer ids) for stores that must
 * match on a value without holding it, such as the search index: HMAC-SHA256 under the data key of
 * a technical key owner (e.g. {@code finnexus:search-tokens}), truncated to 128 bits. The key lives
 * wrapped in the key store like any data key, so a master-key rotation keeps tokens stable, and
 * without the key a token cannot be matched against a dictionary of account numbers.
 */
public final class KeyedTokens {

  private static final int TOKEN_BYTES = 16;
  private final SubjectKeys keys;
  private final String owner;

  public KeyedTokens(SubjectKeys keys, String owner) {
    this.keys = keys;
    this.owner = owner;
  }

  /** The token of {@code value}: {@code tk_} and 32 hex digits; the same value, the same token. */
  public String token(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.forEncrypt(owner).key());
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return "tk_" + HexFormat.of().formatHex(digest, 0, TOKEN_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
