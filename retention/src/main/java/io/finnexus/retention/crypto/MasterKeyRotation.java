package io.finnexus.retention.crypto;

import java.util.Arrays;
import java.util.List;

/**
 * Rotates the master key: re-wraps every live data key under the current master key version,
 * without touching a single encrypted value (tokens name the data key, not the master key). When
 * {@link #run} reports zero keys left on old versions, the old master key can be removed from
 * configuration and destroyed. Restartable: each re-wrap is its own compare-and-set.
 */
public final class MasterKeyRotation {

  /** What a rotation did. {@code remainingOnOldVersions} is 0 when it completed. */
  public record Result(int targetVersion, long rewrapped, long remainingOnOldVersions) {}

  private final SubjectKeyStore store;
  private final MasterKeyService masterKeys;
  private final int batchSize;

  public MasterKeyRotation(SubjectKeyStore store, MasterKeyService masterKeys, int batchSize) {
    this.store = store;
    this.masterKeys = masterKeys;
    this.batchSize = batchSize;
  }

  /** Re-wraps until no live key is on an old version. Needs the old versions configured. */
  public Result run() {
    int target = masterKeys.currentVersion();
    long rewrapped = 0;
    List<StoredSubjectKey> batch;
    while (!(batch = store.liveKeysNotOnVersion(target, batchSize)).isEmpty()) {
      for (StoredSubjectKey key : batch) {
        // a lost compare-and-set means a concurrent shred or rotation: the rescan skips that row
        rewrapped += rewrapOne(key) ? 1 : 0;
      }
    }
    return new Result(target, rewrapped, store.liveKeysNotOnVersion(target, 1).size());
  }

  private boolean rewrapOne(StoredSubjectKey key) {
    byte[] context = SubjectKeys.wrapContext(key.subjectId(), key.dataKeyVersion());
    byte[] raw = masterKeys.unwrap(key.wrapped(), context);
    WrappedKey fresh = masterKeys.wrap(raw, context);
    Arrays.fill(raw, (byte) 0);
    return store.rewrap(key.subjectId(), key.wrapped().masterKeyVersion(), fresh);
  }
}
