package io.finnexus.streams.score;

import io.finnexus.scoring.fraud.AccountProfile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded {@link AccountProfile}s of one task's most recently scored accounts, so a busy
 * account is not decoded from its stored bytes for every transaction. Holds at most {@code
 * capacity} accounts; the least recently scored is dropped first.
 *
 * <p>Never a source of truth: each entry remembers the exact bytes its profile was encoded to, and
 * is used only when the state store hands back those same bytes. Whatever rewinds the store (an
 * aborted exactly-once transaction, state restored from the changelog, a task moving to another
 * thread) therefore at worst costs a decode, never a stale score. Not thread-safe: one per task.
 */
final class DecodedProfiles {

  private record Entry(byte[] encoded, AccountProfile profile) {}

  private final int capacity;
  private final LinkedHashMap<String, Entry> entries;

  DecodedProfiles(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > DecodedProfiles.this.capacity;
          }
        };
  }

  /**
   * Removes and returns the profile of {@code account} if it was encoded to exactly {@code stored},
   * else null. The caller owns the profile (it mutates it) until it calls {@link #put}.
   */
  AccountProfile take(String account, byte[] stored) {
    Entry entry = entries.remove(account);
    return entry != null && Arrays.equals(entry.encoded(), stored) ? entry.profile() : null;
  }

  /** Remembers {@code profile} as the one {@code encoded} decodes to. */
  void put(String account, byte[] encoded, AccountProfile profile) {
    if (capacity > 0) {
      entries.put(account, new Entry(encoded, profile));
    }
  }

  int size() {
    return entries.size();
  }
}
