package io.finnexus.retention.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-subject data keys: minted on first use, unwrapped through a bounded cache, destroyed by
 * {@link #shred}. The single owner of the cache, so every shred in this process invalidates it.
 */
public final class SubjectKeys {

  record DataKey(SecretKey key, int version) {}

  private final SubjectKeyStore store;
  private final MasterKeyService masterKeys;
  private final DataKeyCache cache;

  public SubjectKeys(SubjectKeyStore store, MasterKeyService masterKeys, CipherSettings settings) {
    this.store = store;
    this.masterKeys = masterKeys;
    this.cache =
        new DataKeyCache(
            settings.keyCacheSize(), settings.keyCacheTtl().toNanos(), System::nanoTime);
  }

  /** The key to encrypt with, minted if the subject has none; refused once shredded. */
  DataKey forEncrypt(String subjectId) {
    DataKeyCache.Entry cached = cache.get(subjectId);
    if (cached != null) {
      return new DataKey(cached.key(), cached.dataKeyVersion());
    }
    long epoch = cache.epoch();
    StoredSubjectKey stored = store.find(subjectId).orElseGet(() -> mint(subjectId));
    if (stored.shredded()) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.SUBJECT_SHREDDED, "subject was erased");
    }
    return unwrapAndCache(stored, epoch);
  }

  /** The key to decrypt with; empty when the subject was shredded ("unreadable"). */
  Optional<DataKey> forDecrypt(String subjectId) {
    DataKeyCache.Entry cached = cache.get(subjectId);
    if (cached != null) {
      return Optional.of(new DataKey(cached.key(), cached.dataKeyVersion()));
    }
    long epoch = cache.epoch();
    StoredSubjectKey stored =
        store
            .find(subjectId)
            .orElseThrow(
                () ->
                    new PersonalDataRejected(
                        PersonalDataRejected.Reason.UNKNOWN_SUBJECT, "no data key for subject"));
    return stored.shredded() ? Optional.empty() : Optional.of(unwrapAndCache(stored, epoch));
  }

  /**
   * Crypto-shreds the subject: destroys their data key, so every value encrypted under it is
   * unreadable everywhere (databases, archives, backups) at once. Idempotent.
   *
   * @return true when a live key was destroyed by this call
   */
  public boolean shred(String subjectId) {
    cache.invalidate(subjectId);
    boolean destroyed = store.shred(subjectId);
    cache.invalidate(subjectId);
    return destroyed;
  }

  /** True when the subject has a key that has not been shredded. */
  public boolean readable(String subjectId) {
    return store.find(subjectId).map(k -> !k.shredded()).orElse(false);
  }

  private StoredSubjectKey mint(String subjectId) {
    byte[] fresh = AesGcm.newKeyBytes();
    WrappedKey wrapped = masterKeys.wrap(fresh, wrapContext(subjectId, 1));
    return store.insertIfAbsent(subjectId, wrapped);
  }

  private DataKey unwrapAndCache(StoredSubjectKey stored, long epoch) {
    byte[] raw =
        masterKeys.unwrap(
            stored.wrapped(), wrapContext(stored.subjectId(), stored.dataKeyVersion()));
    SecretKey key = new SecretKeySpec(raw, "AES");
    cache.putIfUnchanged(stored.subjectId(), key, stored.dataKeyVersion(), epoch);
    return new DataKey(key, stored.dataKeyVersion());
  }

  /** Associated data of a wrapped data key: binds it to its subject and key version. */
  static byte[] wrapContext(String subjectId, int dataKeyVersion) {
    return ("fnx-dk\0" + subjectId + "\0" + dataKeyVersion).getBytes(StandardCharsets.UTF_8);
  }
}
