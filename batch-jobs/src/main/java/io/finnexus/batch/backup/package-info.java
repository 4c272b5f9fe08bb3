/**
 * Backup archives, engine-free: the encrypted part format (gzip, then AES-256-GCM in 1 MiB frames),
 * the manifest, PostgreSQL COPY export/import and MongoDB extended-JSON export/import, and the
 * restorer that the backup-verify job and the {@code finnexus restore} command share. Plain Java
 * (JDBC, the PostgreSQL and MongoDB drivers, Flyway, Jackson); never Spring Batch.
 */
package io.finnexus.batch.backup;
