package io.finnexus.retention.purge;

import java.util.Properties;

/**
 * Purge tuning. Property {@code finnexus.retention.purge.chunk-size} (default 5000): rows deleted
 * and committed per transaction; small enough to keep locks, WAL bursts and replica lag short.
 */
public record PurgeSettings(int chunkSize) {

  public static final PurgeSettings DEFAULTS = new PurgeSettings(5_000);

  public PurgeSettings {
    if (chunkSize < 1 || chunkSize > 1_000_000) {
      throw new IllegalArgumentException("chunk size must be 1..1000000, was " + chunkSize);
    }
  }

  public static PurgeSettings fromProperties(Properties props) {
    return new PurgeSettings(
        Integer.parseInt(
            props.getProperty(
                "finnexus.retention.purge.chunk-size", String.valueOf(DEFAULTS.chunkSize()))));
  }
}
