package io.finnexus.api.ops;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code mongo}: the server answers {@code ping}. Replaces Spring Boot's
 * indicator, whose {@code hello} command the embedded MongoDB wire server does not implement.
 */
@Component("mongoHealthIndicator")
public class MongoHealthIndicator extends AbstractHealthIndicator {

  private final MongoClient mongo;

  public MongoHealthIndicator(MongoClient mongo) {
    super("MongoDB health check failed");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document answer = mongo.getDatabase("admin").runCommand(new Document("ping", 1));
    builder.up().withDetail("ping", answer.get("ok"));
  }
}
