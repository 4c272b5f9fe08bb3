package io.finnexus.batch.jobs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import io.finnexus.batch.backup.BackupRestorer;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seeds the live stores with data of every awkward type the backup must carry exactly. */
final class LiveData {

  static final String MONGO_DB = "finnexus_it";
  static final byte[] ARTIFACT = artifact();

  private LiveData() {}

  /** {@code n} alerts (arrays, jsonb, numeric, nulls), a case linking two of them, a comment. */
  static void seedPostgres(JdbcTemplate jdbc, int n) {
    jdbc.update("DELETE FROM case_alert");
    jdbc.update("DELETE FROM case_comment");
    jdbc.update("DELETE FROM alert_case");
    jdbc.update("DELETE FROM alert");
    jdbc.update(
        "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score, risk_band,"
            + " account_id, customer_id, involved_accounts, transaction_ids, total_amount,"
            + " currency, summary, rule_hits, features, model_id, model_version, status)"
            + " SELECT 'A-' || g, 'STRUCTURING', 'AML', 'aml-flink',"
            + " timestamptz '2025-03-01' + g * interval '1 second', (g % 1000) / 1000.0,"
            + " CASE WHEN g % 3 = 0 THEN 'HIGH' END, 'ACC-' || (g % 5000), 'C-' || (g % 700),"
            + " ARRAY['ACC-1', 'ACC-' || g], ARRAY['TX-' || g], (g * 1.2345)::numeric(18,4),"
            + " 'EUR', 'summary ' || g || ' with \"quotes\", commas and ünïcödé',"
            + " ARRAY['rule.a'], jsonb_build_array(jsonb_build_object('name', 'f', 'value', g)),"
            + " 'model', '1', 'NEW' FROM generate_series(1, ?) g",
        n);
    jdbc.update("INSERT INTO alert_case (case_id, title) VALUES ('CASE-1', 'two alerts')");
    jdbc.update(
        "INSERT INTO case_alert (case_id, alert_id) VALUES ('CASE-1', 'A-1'), ('CASE-1', 'A-2')");
    jdbc.update(
        "INSERT INTO case_comment (case_id, author, body) VALUES ('CASE-1', 'o-1', 'look')");
  }

  static void seedMongo(MongoClient client) {
    MongoDatabase db = client.getDatabase(MONGO_DB);
    db.drop();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      docs.add(
          new Document("_id", "model-" + i)
              .append("int32", i)
              .append("int64", (long) i << 33)
              .append("double", i / 3.0)
              .append(
                  "decimal",
                  new Decimal128(new BigDecimal("12345.6789").add(BigDecimal.valueOf(i))))
              .append("date", new Date(1_700_000_000_000L + i))
              .append("bytes", new Binary((byte) 0, new byte[] {1, 2, (byte) i}))
              .append("nested", new Document("list", List.of(1, "two", 3.0)).append("nil", null)));
    }
    db.getCollection("models").insertMany(docs);
    db.getCollection("metrics").insertOne(new Document("auc", 0.91));
    GridFSBuckets.create(db, "artifacts")
        .uploadFromStream("champion.bin", new ByteArrayInputStream(ARTIFACT));
  }

  private static byte[] artifact() {
    byte[] b = new byte[700_000];
    new Random(7).nextBytes(b);
    return b;
  }

  /**
   * Asserts a restore equals the live data: every restored table matches the manifest's checksum,
   * {@code public.alert} matches the live table, and every collection of {@code <MONGO_DB><suffix>}
   * matches the live one.
   */
  static void assertRestoredLikeLive(
      Manifest manifest, DataSource live, DataSource restored, MongoClient mongo, String suffix)
      throws SQLException, IOException {
    try (Connection liveDb = live.getConnection();
        Connection copy = restored.getConnection()) {
      for (ManifestPart part : manifest.parts()) {
        if (part.kind() == PartKind.POSTGRES_TABLE) {
          assertThat(BackupRestorer.tableChecksum(copy, part.source()))
              .as(part.source())
              .isEqualTo(part.plaintextSha256());
        }
      }
      assertThat(BackupRestorer.tableChecksum(copy, "public.alert"))
          .isEqualTo(BackupRestorer.tableChecksum(liveDb, "public.alert"));
    }
    for (String collection : List.of("models", "metrics", "artifacts.files", "artifacts.chunks")) {
      assertThat(
              BackupRestorer.collectionChecksum(mongo.getDatabase(MONGO_DB + suffix), collection))
          .as(collection)
          .isEqualTo(BackupRestorer.collectionChecksum(mongo.getDatabase(MONGO_DB), collection));
    }
  }
}
