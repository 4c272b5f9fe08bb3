package io.finnexus.scoring.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic alert ids: the first 128 bits of SHA-256 over {@code typology|account|episodeKey},
 * shaped as an RFC 9562 version-8 UUID. The same input always yields the same id, so replays and
 * re-emissions upsert instead of duplicating.
 */
public final class AlertIds {
  private AlertIds() {}

  public static String of(String typology, String account, String episodeKey) {
    byte[] h = sha256(typology + "|" + account + "|" + episodeKey);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xff);
      lsb = (lsb << 8) | (h[8 + i] & 0xff);
    }
    msb = (msb & ~0xF000L) | 0x8000L; // version 8
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // variant
    return new UUID(msb, lsb).toString();
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
    }
  }
}
