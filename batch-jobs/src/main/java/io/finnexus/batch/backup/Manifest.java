package io.finnexus.batch.backup;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of one backup: what it holds and how to check it.
 *
 * @param formatVersion archive format ({@value #FORMAT_VERSION})
 * @param backupId the backup's id (its directory name)
 * @param createdAt ISO-8601 instant the manifest was written
 * @param snapshotAt ISO-8601 instant of the PostgreSQL snapshot
 * @param schemaVersion Flyway version of the live database at the snapshot; a restore migrates the
 *     target to exactly this version before loading
 * @param sequences PostgreSQL sequences and their values at the snapshot ({@code schema.name})
 * @param mongoDatabases the MongoDB databases backed up (none when no MongoDB is configured)
 * @param parts every part, PostgreSQL tables first
 */
public record Manifest(
    int formatVersion,
    String backupId,
    String createdAt,
    String snapshotAt,
    String schemaVersion,
    Map<String, Long> sequences,
    List<String> mongoDatabases,
    List<ManifestPart> parts) {

  public static final int FORMAT_VERSION = 1;

  public Manifest {
    sequences = Map.copyOf(sequences);
    mongoDatabases = List.copyOf(mongoDatabases);
    parts = List.copyOf(parts);
  }

  /** Total rows and documents. */
  public long rows() {
    return parts.stream().mapToLong(ManifestPart::rows).sum();
  }
}
