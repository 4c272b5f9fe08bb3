package io.finnexus.batch.backup;

import java.util.List;
import java.util.Map;

/**
 * Facts of the PostgreSQL snapshot a backup was taken in (sidecar {@value #FILE}).
 *
 * @param snapshotAt ISO-8601 {@code now()} of the snapshot transaction
 * @param schemaVersion Flyway version at the snapshot, {@code null} without Flyway history
 * @param sequences sequence values at the snapshot
 * @param tables the tables exported, in export order
 */
public record PostgresSnapshot(
    String snapshotAt, String schemaVersion, Map<String, Long> sequences, List<String> tables) {

  public static final String FILE = "postgres-snapshot.json";
}
