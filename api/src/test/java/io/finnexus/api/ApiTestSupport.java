package io.finnexus.api;

import io.finnexus.embedded.EmbeddedSearch;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.topic.TopicSettings;
import io.finnexus.schemas.topic.admin.TopicSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every API integration test shares: the real application on a random port,
 * pointed at the embedded PostgreSQL, Kafka, MongoDB and (where a node can run) Elasticsearch.
 * Every IT extends this class and adds no properties of its own, so Spring caches one context.
 */
@SpringBootTest(
    classes = FinNexusApiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EmbeddedServers.class)
@Import(TestTelemetry.class)
public abstract class ApiTestSupport {

  /** The HS256 key of the test context (base64 of 32 bytes), so tests can mint their own tokens. */
  public static final String JWT_SECRET = "ZmlubmV4dXMtdGVzdC1zZWNyZXQtMzItYnl0ZXMtbG9uZyE=";

  /** The AES-256 key of the backup jobs in the test context (base64 of 32 bytes). */
  public static final String BACKUP_KEY = "ZmlubmV4dXMtdGVzdC1iYWNrdXAta2V5LTMyYnl0ZXM=";

  /** The personal-data master key (version 1) of the test context (base64 of 32 bytes). */
  public static final String MASTER_KEY = "ZmlubmV4dXMtdGVzdC1tYXN0ZXIta2V5LTMyYnl0ZXM=";

  /** The search node starts in the background while the other servers come up. */
  private static final CompletableFuture<String> SEARCH_URL =
      CompletableFuture.supplyAsync(
          () -> EmbeddedSearch.isAvailable() ? EmbeddedServers.search().connectionString() : "");

  private static String databaseUrl;

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", ApiTestSupport::database);
    registry.add("spring.datasource.username", () -> EmbeddedServers.postgres().user());
    registry.add("spring.datasource.password", () -> EmbeddedServers.postgres().password());
    registry.add("finnexus.intake.bootstrap-servers", ApiTestSupport::kafka);
    registry.add(
        "spring.mongodb.uri", () -> EmbeddedServers.mongo().connectionString() + "/finnexus");
    registry.add("finnexus.search.url", SEARCH_URL::join);
    registry.add("finnexus.security.jwt-secret", () -> JWT_SECRET);
    registry.add("finnexus.backup.dir", ApiTestSupport::backupDir);
    registry.add("finnexus.backup.key", () -> BACKUP_KEY);
    registry.add("finnexus.retention.crypto.master-key.current", () -> "1");
    registry.add("finnexus.retention.crypto.master-key.1.base64", () -> MASTER_KEY);
    registry.add("finnexus.metrics.queue-refresh", () -> "1s");
    registry.add(
        "finnexus.batch.reconciliation.ledger-dir", () -> System.getProperty("java.io.tmpdir"));
    registry.add("finnexus.batch.reconciliation.archive-wait", () -> "15s");
    registry.add("finnexus.batch.reconciliation.archive-poll", () -> "500ms");
  }

  private static synchronized String database() {
    if (databaseUrl == null) {
      databaseUrl = EmbeddedServers.postgres().createDatabase("finnexus_api");
    }
    return databaseUrl;
  }

  private static String kafka() {
    String bootstrap = EmbeddedServers.kafka().bootstrapServers();
    TopicSetup.ensure(bootstrap, TopicSettings.defaults()); // compacted as in production
    return bootstrap;
  }

  private static String backupDir() {
    try {
      return Files.createTempDirectory("finnexus-api-backups").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the search node runs in this JVM. */
  protected static boolean searchAvailable() {
    return !SEARCH_URL.join().isEmpty();
  }

  protected ApiClient client() {
    return new ApiClient("http://127.0.0.1:" + port);
  }

  protected ApiClient as(String username) {
    return client().login(username, "finnexus-demo");
  }

  protected static Path tmp(String prefix) throws java.io.IOException {
    return Files.createTempDirectory(prefix);
  }
}
