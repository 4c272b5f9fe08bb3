package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The MongoDB contract against {@link EmbeddedMongo}, plus its documented limits. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMongoIT extends MongoContract {

  private static EmbeddedMongo mongo;

  @BeforeAll
  static void start() {
    mongo = StartupTimes.measure("MongoDB wire server", EmbeddedMongo.ephemeral()::start);
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  protected String connectionString() {
    return mongo.connectionString();
  }

  @Test
  void changeStreamsDeliverInserts() {
    MongoCollection<Document> models = database().getCollection("model_events");
    try (MongoCursor<ChangeStreamDocument<Document>> changes = models.watch().cursor()) {
      models.insertOne(new Document("model", "fraud-v3").append("stage", "CHAMPION"));
      ChangeStreamDocument<Document> change = changes.next();
      assertThat(change.getFullDocument().getString("stage")).isEqualTo("CHAMPION");
    }
  }

  @Test
  void multiDocumentTransactionsAreNotSupported() {
    MongoCollection<Document> alerts = database().getCollection("alerts");
    assertThatThrownBy(
            () -> {
              try (ClientSession session = client.startSession()) {
                session.withTransaction(() -> alerts.insertOne(session, new Document("a", 1)));
              }
            })
        .isInstanceOf(MongoException.class);
  }

  @Test
  void textSearchIsNotSupported() {
    MongoCollection<Document> memos = database().getCollection("memos");
    memos.insertOne(new Document("memo", "rent payment"));
    assertThatThrownBy(
            () -> memos.find(new Document("$text", new Document("$search", "rent"))).first())
        .isInstanceOf(MongoException.class);
  }

  @Test
  void persistentModeKeepsDocumentsAcrossRestarts(@TempDir Path dataDirectory) {
    try (EmbeddedMongo first = EmbeddedMongo.persistent(dataDirectory).start();
        var firstClient = MongoClients.create(first.connectionString())) {
      firstClient
          .getDatabase("registry")
          .getCollection("models")
          .insertOne(new Document("name", "fraud-v3"));
    }
    try (EmbeddedMongo second = EmbeddedMongo.persistent(dataDirectory).start();
        var secondClient = MongoClients.create(second.connectionString())) {
      Document model = secondClient.getDatabase("registry").getCollection("models").find().first();
      assertThat(model).isNotNull();
      assertThat(model.getString("name")).isEqualTo("fraud-v3");
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closeReleasesThePort() {
    int port = mongo.port();
    client.close();
    mongo.close();
    assertThat(mongo.isRunning()).isFalse();
    assertThat(FreePorts.isListening(port)).isFalse();
  }
}
