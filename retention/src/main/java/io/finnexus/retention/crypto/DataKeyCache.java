package io.finnexus.retention.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;

/**
 * A bounded LRU cache of unwrapped data keys, so hot subjects do not hit the key store and the
 * master key on every value. Entries expire after a TTL: that bounds how long another process may
 * keep decrypting after a shred it did not see; in this process a shred invalidates at once.
 */
final class DataKeyCache {

  record Entry(SecretKey key, int dataKeyVersion, long loadedAtNanos) {}

  private final int maxEntries;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final LinkedHashMap<String, Entry> entries;
  private long epoch;

  DataKeyCache(int maxEntries, long ttlNanos, LongSupplier nanoClock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("cache size must be at least 1");
    }
    this.maxEntries = maxEntries;
    this.ttlNanos = ttlNanos;
    this.nanoClock = nanoClock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > DataKeyCache.this.maxEntries;
          }
        };
  }

  synchronized Entry get(String subjectId) {
    Entry entry = entries.get(subjectId);
    if (entry != null && nanoClock.getAsLong() - entry.loadedAtNanos() > ttlNanos) {
      entries.remove(subjectId);
      return null;
    }
    return entry;
  }

  /** A counter bumped by every invalidation; read it before loading a key from the store. */
  synchronized long epoch() {
    return epoch;
  }

  /**
   * Caches a key loaded while the epoch was {@code epochBeforeLoad}, unless a shred invalidated
   * anything since: a key read just before a shred must not be cached after it.
   */
  synchronized void putIfUnchanged(
      String subjectId, SecretKey key, int dataKeyVersion, long epochBeforeLoad) {
    if (epoch == epochBeforeLoad) {
      entries.put(subjectId, new Entry(key, dataKeyVersion, nanoClock.getAsLong()));
    }
  }

  synchronized void invalidate(String subjectId) {
    epoch++;
    entries.remove(subjectId);
  }

  synchronized int size() {
    return entries.size();
  }
}
