package io.finnexus.batch.backup;

import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Real recovery: migrates an empty target database to the backup's schema version, loads every
 * PostgreSQL part, resets the sequences and loads the MongoDB parts into {@code mongoTarget}. Each
 * part is checked against the manifest while it loads; the first mismatch stops the restore.
 *
 * <p>Refuses a target whose tables already hold rows: a restore never merges into live data.
 */
public final class FullRestore {

  private final BackupStore store;
  private final BackupRestorer restorer;

  public FullRestore(BackupStore store, BackupKey key) {
    this.store = store;
    this.restorer = new BackupRestorer(store, key);
  }

  /**
   * Restores {@code backupId}; {@code mongoTarget} may be {@code null} to skip MongoDB parts,
   * {@code databaseName} maps a backed-up MongoDB database name to the target's (identity for a
   * real recovery). {@code progress} receives one line per part. Returns rows and documents loaded.
   */
  public long restore(
      String backupId,
      DataSource target,
      MongoClient mongoTarget,
      UnaryOperator<String> databaseName,
      Consumer<String> progress)
      throws IOException, SQLException {
    Manifest manifest = store.readManifest(backupId);
    BackupRestorer.migrate(target, manifest.schemaVersion());
    long total = 0;
    try (Connection c = target.getConnection()) {
      requireEmpty(c, manifest);
      for (ManifestPart part : manifest.parts()) {
        if (part.kind() == PartKind.POSTGRES_TABLE) {
          total += check(part, restorer.restoreTable(backupId, part, c), progress);
        }
      }
      BackupRestorer.restoreSequences(c, manifest.sequences());
    }
    for (ManifestPart part : manifest.parts()) {
      if (part.kind() != PartKind.POSTGRES_TABLE && mongoTarget != null) {
        var database = mongoTarget.getDatabase(databaseName.apply(BackupRestorer.databaseOf(part)));
        RestoredPart restored =
            restorer.restoreCollection(backupId, part, database, BackupRestorer.collectionOf(part));
        total += check(part, restored, progress);
      }
    }
    return total;
  }

  private static long check(ManifestPart part, RestoredPart restored, Consumer<String> progress)
      throws CorruptPartException {
    if (restored.rows() != part.rows()
        || !restored.plaintextSha256().equals(part.plaintextSha256())
        || !restored.encryptedSha256().equals(part.encryptedSha256())) {
      throw new CorruptPartException(
          part.file()
              + " does not match the manifest (rows "
              + restored.rows()
              + " vs "
              + part.rows()
              + ")");
    }
    progress.accept(part.source() + ": " + restored.rows() + " restored, checksums match");
    return restored.rows();
  }

  private static void requireEmpty(Connection c, Manifest manifest) throws SQLException {
    for (ManifestPart part : manifest.parts()) {
      if (part.kind() != PartKind.POSTGRES_TABLE) {
        continue;
      }
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT EXISTS (SELECT 1 FROM " + PostgresExporter.quoted(part.source()) + ")")) {
        rs.next();
        if (rs.getBoolean(1)) {
          throw new IllegalStateException(
              "target table " + part.source() + " is not empty: restore into an empty database");
        }
      }
    }
  }
}
