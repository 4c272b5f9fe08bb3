package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What FinNexus needs from MongoDB, checked through the sync driver against any server: documents
 * with queries and indexes (the scored-transaction archive) and GridFS (model artifacts).
 */
abstract class MongoContract {

  protected MongoClient client;

  protected abstract String connectionString();

  @BeforeEach
  void connect() {
    client = MongoClients.create(connectionString());
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  protected com.mongodb.client.MongoDatabase database() {
    return client.getDatabase("contract_" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void insertedDocumentsAreFoundByIndexedQueries() {
    MongoCollection<Document> archive = database().getCollection("scored_transactions");
    archive.createIndex(Indexes.ascending("accountId"));
    archive.insertMany(
        List.of(
            new Document("accountId", "A").append("score", 0.91).append("model", "fraud-v2"),
            new Document("accountId", "B").append("score", 0.12).append("model", "fraud-v2"),
            new Document("accountId", "A").append("score", 0.40).append("model", "fraud-v3")));

    List<Double> scores = new ArrayList<>();
    archive
        .find(Filters.eq("accountId", "A"))
        .sort(Sorts.descending("score"))
        .forEach(doc -> scores.add(doc.getDouble("score")));

    assertThat(scores).containsExactly(0.91, 0.40);
  }

  @Test
  void gridFsReturnsTheUploadedBytes() {
    GridFSBucket models = GridFSBuckets.create(database(), "models");
    byte[] artifact = new byte[600_000]; // several 255 KiB chunks
    new Random(42).nextBytes(artifact);

    ObjectId id = models.uploadFromStream("fraud-v3.model", new ByteArrayInputStream(artifact));
    ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
    models.downloadToStream(id, downloaded);

    assertThat(downloaded.toByteArray()).isEqualTo(artifact);
    assertThat(models.find(Filters.eq("filename", "fraud-v3.model")).first().getLength())
        .isEqualTo(artifact.length);
  }
}
