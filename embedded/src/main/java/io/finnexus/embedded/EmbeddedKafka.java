package io.finnexus.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka cluster (KRaft: broker and controller in one server) running inside this
 * JVM, from the Kafka server jars.
 *
 * <p>Why: the streaming jobs need real broker semantics (consumer groups, transactions for
 * exactly-once, compaction), and an in-process broker starts in about two seconds without Docker.
 *
 * <p>Contract: listens on 127.0.0.1 on two ports picked at start (PLAINTEXT for clients, CONTROLLER
 * for the quorum). Topics are auto-created on first use with one partition; {@link
 * #createTopic(String, int)} makes one with more. Transactions and consumer groups work (internal
 * topics have replication factor 1); {@code transaction.max.timeout.ms} is one hour, so Flink's
 * transactional sink is accepted. {@link #ephemeral()} uses a throw-away log directory, {@link
 * #persistent(Path)} keeps topics and offsets across restarts: a persistent broker that is closed
 * and started again comes back on the same ports, so clients configured with its bootstrap address
 * reconnect to it as they would to a restarted production broker (the fault-injection tests).
 * {@link #saslSsl(KafkaSaslSsl)} is a throw-away broker whose client port requires SASL_SSL, as a
 * production cluster does: the tests of the clients' connection security.
 */
public final class EmbeddedKafka implements EmbeddedServer {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final Optional<Path> persistentDirectory;
  private final Optional<KafkaSaslSsl> saslSsl;
  private Path logDirectory;
  private KafkaRaftServer server;
  private int brokerPort;
  private int controllerPort;

  private EmbeddedKafka(Optional<Path> persistentDirectory, Optional<KafkaSaslSsl> saslSsl) {
    this.persistentDirectory = persistentDirectory;
    this.saslSsl = saslSsl;
  }

  /** A broker on a throw-away log directory (tests). */
  public static EmbeddedKafka ephemeral() {
    return new EmbeddedKafka(Optional.empty(), Optional.empty());
  }

  /** A broker whose topics and offsets live in {@code logDirectory} across restarts (the demo). */
  public static EmbeddedKafka persistent(Path logDirectory) {
    return new EmbeddedKafka(Optional.of(logDirectory.toAbsolutePath()), Optional.empty());
  }

  /**
   * A throw-away broker whose client port accepts only SASL_SSL connections of the users in {@code
   * security}; clients connect with {@link KafkaSaslSsl#clientProperties(String, String)}.
   */
  public static EmbeddedKafka saslSsl(KafkaSaslSsl security) {
    return new EmbeddedKafka(Optional.empty(), Optional.of(security));
  }

  @Override
  public synchronized EmbeddedKafka start() {
    if (server != null) {
      throw new IllegalStateException("Kafka already started");
    }
    logDirectory =
        persistentDirectory
            .map(Directories::create)
            .orElseGet(() -> Directories.createTemp("finnexus-kafka"));
    if (persistentDirectory.isEmpty() || brokerPort == 0) {
      brokerPort = FreePorts.pick();
      controllerPort = FreePorts.pick();
    }
    try {
      KafkaBrokerConfig.formatIfEmpty(logDirectory);
      var config =
          new KafkaConfig(
              KafkaBrokerConfig.properties(logDirectory, brokerPort, controllerPort, saslSsl),
              false);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      awaitReady();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("Kafka broker did not start: " + e.getMessage(), e);
    }
    return this;
  }

  private void awaitReady() throws InterruptedException, ExecutionException, TimeoutException {
    try (Admin admin = Admin.create(adminConfig())) {
      admin.describeCluster().nodes().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("Kafka is not running");
    }
    return brokerPort;
  }

  /** The {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123}. */
  @Override
  public String connectionString() {
    return bootstrapServers();
  }

  /** The {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port();
  }

  /** Creates a topic with {@code partitions} partitions; an existing topic is left as it is. */
  public void createTopic(String name, int partitions) {
    createTopics(partitions, name);
  }

  /** Creates topics with {@code partitions} partitions each; existing ones are left as they are. */
  public void createTopics(int partitions, String... names) {
    List<NewTopic> topics =
        Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
    try (Admin admin = Admin.create(adminConfig())) {
      for (var result : admin.createTopics(topics).values().values()) {
        awaitIgnoringExisting(result);
      }
    }
  }

  private static void awaitIgnoringExisting(org.apache.kafka.common.KafkaFuture<Void> result) {
    try {
      result.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("topic creation failed: " + e.getCause(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("topic creation timed out", e);
    }
  }

  private Map<String, Object> adminConfig() {
    Map<String, Object> config = new HashMap<>();
    saslSsl.ifPresent(security -> config.putAll(security.brokerClientProperties()));
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
    return config;
  }

  /** The log directory (temporary, or the persistent one). */
  public synchronized Optional<Path> logDirectory() {
    return Optional.ofNullable(logDirectory);
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      try {
        server.shutdown();
        server.awaitShutdown();
      } finally {
        server = null;
      }
    }
    if (logDirectory != null && persistentDirectory.isEmpty()) {
      Directories.deleteRecursively(logDirectory);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedKafka["
        + (isRunning() ? bootstrapServers() : "stopped")
        + (saslSsl.isPresent() ? ", SASL_SSL" : "")
        + "]";
  }
}
