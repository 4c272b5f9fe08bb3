package io.finnexus.batch.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bson.RawBsonDocument;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Loads archive parts into a database: a scratch one (backup-verify) or a real recovery target
 * ({@code finnexus restore}). Every load is idempotent: the target table or collection is emptied
 * first, so a restarted restore never doubles rows.
 *
 * <p>PostgreSQL parts are loaded with {@code COPY ... FROM STDIN (FORMAT binary)} under {@code
 * session_replication_role = replica}, so foreign keys and triggers (e.g. the audit log's
 * append-only guard) do not depend on load order; this needs a superuser or a role with that
 * privilege on the target.
 */
public final class BackupRestorer {

  private static final int INSERT_BATCH = 1_000;

  private final BackupStore store;
  private final BackupKey key;

  public BackupRestorer(BackupStore store, BackupKey key) {
    this.store = store;
    this.key = key;
  }

  /** Applies the project's Flyway migrations to {@code target}, up to {@code version}. */
  public static void migrate(DataSource target, String version) {
    var config = Flyway.configure().dataSource(target).locations("classpath:db/migration");
    if (version != null) {
      config.target(version);
    }
    config.load().migrate();
  }

  /** Loads one PostgreSQL part into {@code c} (auto-commit is switched off and restored). */
  public RestoredPart restoreTable(String backupId, ManifestPart part, Connection c)
      throws IOException, SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    String table = PostgresExporter.quoted(part.source());
    try (Statement s = c.createStatement();
        PartReader reader = new PartReader(store.directory(backupId).resolve(part.file()), key)) {
      s.execute("SET LOCAL session_replication_role = replica");
      s.execute("DELETE FROM " + table);
      long rows =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", reader.plaintext());
      reader.drain();
      c.commit();
      return new RestoredPart(rows, reader.plaintextSha256(), reader.encryptedSha256());
    } catch (IOException | SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** Loads one MongoDB part into {@code collection} of {@code target} (dropped first). */
  public RestoredPart restoreCollection(
      String backupId, ManifestPart part, MongoDatabase target, String collection)
      throws IOException {
    MongoCollection<RawBsonDocument> into = target.getCollection(collection, RawBsonDocument.class);
    into.drop();
    long documents = 0;
    try (PartReader reader = new PartReader(store.directory(backupId).resolve(part.file()), key)) {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(reader.plaintext(), StandardCharsets.UTF_8));
      List<RawBsonDocument> batch = new ArrayList<>(INSERT_BATCH);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        batch.add(RawBsonDocument.parse(line));
        documents++;
        if (batch.size() == INSERT_BATCH) {
          into.insertMany(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        into.insertMany(batch);
      }
      reader.drain();
      return new RestoredPart(documents, reader.plaintextSha256(), reader.encryptedSha256());
    }
  }

  /** Sets every sequence to its value at the snapshot. */
  public static void restoreSequences(Connection c, Map<String, Long> sequences)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, ?)")) {
      for (Map.Entry<String, Long> e : sequences.entrySet()) {
        ps.setString(1, PostgresExporter.quoted(e.getKey()));
        ps.setLong(2, e.getValue());
        ps.execute();
      }
    }
  }

  /** SHA-256 of a table's binary COPY output: equal to the part's plaintext checksum iff equal. */
  public static String tableChecksum(Connection c, String table) throws SQLException, IOException {
    MessageDigest digest = PartDigest.sha256();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyOut("COPY " + PostgresExporter.quoted(table) + " TO STDOUT (FORMAT binary)", out);
    }
    return PartDigest.hex(digest);
  }

  /** SHA-256 of a collection in the exported form (canonical extended-JSON lines, _id order). */
  public static String collectionChecksum(MongoDatabase database, String collection)
      throws IOException {
    MessageDigest digest = PartDigest.sha256();
    try (OutputStream out =
        new java.io.BufferedOutputStream(
            new DigestOutputStream(OutputStream.nullOutputStream(), digest), 1 << 16)) {
      MongoExporter.writeLines(database.getCollection(collection, RawBsonDocument.class), out);
    }
    return PartDigest.hex(digest);
  }

  /** The collection name of a MongoDB part ({@code source} is {@code database.collection}). */
  public static String collectionOf(ManifestPart part) {
    return part.source().substring(part.source().indexOf('.') + 1);
  }

  /** The database name of a MongoDB part. */
  public static String databaseOf(ManifestPart part) {
    return part.source().substring(0, part.source().indexOf('.'));
  }
}
