package io.finnexus.retention.crypto;

import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Master keys held in this process, loaded from {@link MasterKeyConfig}. Wrapping is AES-256-GCM
 * with the subject-bound associated data, so a wrapped key copied to another subject's row does not
 * unwrap. Retiring a version = removing it from configuration after {@link MasterKeyRotation}.
 */
public final class LocalMasterKeys implements MasterKeyService {

  private final int currentVersion;
  private final Map<Integer, SecretKey> keys;

  /**
   * @param keysByVersion 32-byte AES keys by version; must contain {@code currentVersion}
   */
  public LocalMasterKeys(int currentVersion, Map<Integer, byte[]> keysByVersion) {
    Map<Integer, SecretKey> copy = new TreeMap<>();
    keysByVersion.forEach(
        (version, bytes) -> {
          if (bytes.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException(
                "master key version " + version + " must be 32 bytes, was " + bytes.length);
          }
          copy.put(version, new SecretKeySpec(bytes, "AES"));
        });
    if (!copy.containsKey(currentVersion)) {
      throw new IllegalArgumentException(
          "current master key version " + currentVersion + " is not configured");
    }
    this.currentVersion = currentVersion;
    this.keys = Map.copyOf(copy);
  }

  /** Builds the key ring from typed configuration (base64 values or key files). */
  public static LocalMasterKeys fromConfig(MasterKeyConfig config) {
    return new LocalMasterKeys(config.currentVersion(), config.loadKeys());
  }

  @Override
  public int currentVersion() {
    return currentVersion;
  }

  @Override
  public WrappedKey wrap(byte[] dataKey, byte[] associatedData) {
    return new WrappedKey(
        currentVersion, AesGcm.seal(keys.get(currentVersion), dataKey, associatedData));
  }

  @Override
  public byte[] unwrap(WrappedKey wrapped, byte[] associatedData) {
    SecretKey key = keys.get(wrapped.masterKeyVersion());
    if (key == null) {
      throw new PersonalDataRejected(
          PersonalDataRejected.Reason.MASTER_KEY_UNAVAILABLE,
          "master key version " + wrapped.masterKeyVersion() + " is not configured");
    }
    return AesGcm.open(key, wrapped.bytes(), associatedData);
  }
}
