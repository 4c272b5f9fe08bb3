package io.finnexus.retention.crypto;

/**
 * A data key as stored: encrypted under master key {@code masterKeyVersion}. Useless without that
 * master key; destroying the stored bytes destroys the data key.
 */
public record WrappedKey(int masterKeyVersion, byte[] bytes) {}
