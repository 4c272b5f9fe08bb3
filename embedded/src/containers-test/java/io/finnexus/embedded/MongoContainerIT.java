package io.finnexus.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.mongodb.MongoDBContainer;

/** The MongoDB contract against a real mongod (a single-node replica set). */
@ExtendWith(DockerAssumption.class)
class MongoContainerIT extends MongoContract {

  private static MongoDBContainer mongo;

  @BeforeAll
  static void start() {
    mongo = new MongoDBContainer("mongo:8.0");
    mongo.start();
  }

  @AfterAll
  static void stop() {
    if (mongo != null) {
      mongo.stop();
    }
  }

  @Override
  protected String connectionString() {
    return mongo.getConnectionString();
  }
}
