package io.finnexus.batch.jobs;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the backup and backup-verify jobs ({@code finnexus.backup.*}).
 *
 * @param dir where backups are written, one sub-directory per backup id
 * @param key AES-256 key, 32 bytes base64; required for the jobs to run (never logged)
 * @param postgresSchemas PostgreSQL schemas whose tables are backed up
 * @param mongoUri MongoDB connection string; empty: MongoDB is not backed up (said in the step)
 * @param mongoDatabases MongoDB databases backed up, every collection and GridFS bucket
 * @param compressionLevel gzip level 1-9
 * @param frameBytes plaintext bytes per AES-GCM frame
 * @param keepScratch keep backup-verify's scratch databases for inspection instead of dropping
 * @param sampleRows rows per table (documents per collection) compared with the live data
 */
@ConfigurationProperties("finnexus.backup")
public record BackupProperties(
    @DefaultValue("${user.home}/.finnexus/backups") Path dir,
    String key,
    @DefaultValue("public") List<String> postgresSchemas,
    @DefaultValue("") String mongoUri,
    @DefaultValue("finnexus") List<String> mongoDatabases,
    @DefaultValue("1") int compressionLevel,
    @DefaultValue("1048576") int frameBytes,
    @DefaultValue("false") boolean keepScratch,
    @DefaultValue("5") int sampleRows) {

  public BackupProperties {
    if (compressionLevel < 1 || compressionLevel > 9) {
      throw new IllegalArgumentException("finnexus.backup.compression-level must be 1..9");
    }
    if (frameBytes < 4096 || frameBytes > (16 << 20)) {
      throw new IllegalArgumentException("finnexus.backup.frame-bytes must be 4 KiB..16 MiB");
    }
  }

  /** Whether a MongoDB is configured. */
  public boolean hasMongo() {
    return mongoUri != null && !mongoUri.isBlank();
  }
}
