package io.finnexus.batch.backup;

/**
 * One part of a backup as the manifest records it.
 *
 * @param file file name inside the backup directory
 * @param kind what it holds
 * @param source {@code schema.table} or {@code database.collection}
 * @param rows rows or documents in the part
 * @param plaintextSha256 SHA-256 of the uncompressed, unencrypted content
 * @param plaintextBytes its size
 * @param encryptedSha256 SHA-256 of the file as stored
 * @param encryptedBytes the file size
 * @param createdAt ISO-8601 instant the part was finished
 */
public record ManifestPart(
    String file,
    PartKind kind,
    String source,
    long rows,
    String plaintextSha256,
    long plaintextBytes,
    String encryptedSha256,
    long encryptedBytes,
    String createdAt) {}
