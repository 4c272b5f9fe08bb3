package io.finnexus.batch.backup;

/**
 * What restoring one part did.
 *
 * @param rows rows or documents loaded
 * @param plaintextSha256 SHA-256 of the decrypted content as read from the archive
 * @param encryptedSha256 SHA-256 of the part file as read
 */
public record RestoredPart(long rows, String plaintextSha256, String encryptedSha256) {}
