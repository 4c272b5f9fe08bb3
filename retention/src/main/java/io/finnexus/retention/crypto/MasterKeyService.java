package io.finnexus.retention.crypto;

/**
 * Wraps and unwraps data keys under a versioned master key. This is the KMS seam: {@link
 * LocalMasterKeys} keeps the master keys in process (from configuration); a cloud KMS or HSM
 * adapter implements the same two calls and never hands the master key out.
 *
 * <p>Contract: {@code unwrap(wrap(k, aad), aad)} returns {@code k}; a different {@code aad}, a
 * corrupted key or a retired version fails with {@link PersonalDataRejected}.
 */
public interface MasterKeyService {

  /** The version new wraps use. */
  int currentVersion();

  /** Encrypts {@code dataKey} under the current master key, bound to {@code associatedData}. */
  WrappedKey wrap(byte[] dataKey, byte[] associatedData);

  /**
   * Decrypts a wrapped data key.
   *
   * @throws PersonalDataRejected MASTER_KEY_UNAVAILABLE when its version is not (any more) held
   */
  byte[] unwrap(WrappedKey wrapped, byte[] associatedData);
}
