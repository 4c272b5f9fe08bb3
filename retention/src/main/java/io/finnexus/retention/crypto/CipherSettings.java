package io.finnexus.retention.crypto;

import java.time.Duration;
import java.util.Properties;

/**
 * Tuning of the unwrapped-key cache. Properties: {@code finnexus.retention.crypto.key-cache.size}
 * (default 10000 subjects) and {@code finnexus.retention.crypto.key-cache.ttl} (ISO-8601 duration,
 * default PT5M: the longest another process may still read a subject after a shred).
 */
public record CipherSettings(int keyCacheSize, Duration keyCacheTtl) {

  public static final CipherSettings DEFAULTS = new CipherSettings(10_000, Duration.ofMinutes(5));

  public CipherSettings {
    if (keyCacheSize < 1 || keyCacheTtl.isNegative()) {
      throw new IllegalArgumentException("key cache size must be >= 1 and ttl >= 0");
    }
  }

  public static CipherSettings fromProperties(Properties props) {
    String prefix = "finnexus.retention.crypto.key-cache.";
    return new CipherSettings(
        Integer.parseInt(
            props.getProperty(prefix + "size", String.valueOf(DEFAULTS.keyCacheSize()))),
        Duration.parse(props.getProperty(prefix + "ttl", DEFAULTS.keyCacheTtl().toString())));
  }
}
