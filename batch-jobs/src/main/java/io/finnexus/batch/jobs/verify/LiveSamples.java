package io.finnexus.batch.jobs.verify;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.finnexus.batch.backup.BackupRestorer;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * Compares the first few restored rows (documents) of every part with the live database. Live data
 * moves on after the backup, so a difference is reported, not failed on: it tells an operator
 * whether the restored data is the live data of the snapshot's time, and is expected to shrink to
 * zero only for tables that are append-only.
 */
final class LiveSamples {

  private LiveSamples() {}

  /** Returns {@code [sampled, matching]}. */
  static long[] compare(
      Manifest manifest,
      int perPart,
      DataSource scratch,
      DataSource live,
      MongoClient mongo,
      UnaryOperator<String> scratchMongoName)
      throws SQLException {
    long[] result = new long[2];
    try (Connection s = scratch.getConnection();
        Connection l = live.getConnection()) {
      for (ManifestPart part : manifest.parts()) {
        if (part.kind() == PartKind.POSTGRES_TABLE && part.rows() > 0) {
          postgres(part.source(), perPart, s, l, result);
        } else if (part.kind() != PartKind.POSTGRES_TABLE && part.rows() > 0 && mongo != null) {
          mongo(part, perPart, mongo, scratchMongoName, result);
        }
      }
    }
    return result;
  }

  private static void postgres(String table, int n, Connection s, Connection l, long[] result)
      throws SQLException {
    String quoted = quoted(table);
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps =
        s.prepareStatement("SELECT t::text FROM " + quoted + " t LIMIT ?")) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    Set<String> distinct = new HashSet<>(rows);
    try (PreparedStatement ps =
        l.prepareStatement(
            "SELECT count(DISTINCT t::text) FROM " + quoted + " t WHERE t::text = ANY (?)")) {
      ps.setArray(1, l.createArrayOf("text", distinct.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        result[0] += distinct.size();
        result[1] += rs.getLong(1);
      }
    }
  }

  private static void mongo(
      ManifestPart part,
      int n,
      MongoClient mongo,
      UnaryOperator<String> scratchName,
      long[] result) {
    String db = BackupRestorer.databaseOf(part);
    String collection = BackupRestorer.collectionOf(part);
    MongoCollection<RawBsonDocument> restored =
        mongo.getDatabase(scratchName.apply(db)).getCollection(collection, RawBsonDocument.class);
    MongoCollection<RawBsonDocument> live =
        mongo.getDatabase(db).getCollection(collection, RawBsonDocument.class);
    for (RawBsonDocument doc : restored.find().sort(Sorts.ascending("_id")).limit(n)) {
      BsonValue id = doc.get("_id");
      RawBsonDocument current = live.find(Filters.eq("_id", id)).first();
      result[0]++;
      result[1] += doc.equals(current) ? 1 : 0;
    }
  }

  private static String quoted(String table) {
    int dot = table.indexOf('.');
    return '"' + table.substring(0, dot) + "\".\"" + table.substring(dot + 1) + '"';
  }
}
