package io.finnexus.streams;

import io.finnexus.schemas.topic.TopicSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The typed configuration of the fraud-scoring app. Each setting {@code x-y} is read from the
 * system property {@code finnexus.streams.x-y}, else the environment variable {@code
 * FINNEXUS_STREAMS_X_Y}, else its default (safe for the embedded mode). See the README table.
 *
 * @param bootstrapServers Kafka {@code bootstrap.servers}
 * @param applicationId Kafka Streams {@code application.id} (consumer group, changelog prefix)
 * @param stateDir where the RocksDB stores live
 * @param threads stream threads
 * @param commitInterval exactly-once commit interval: the floor of end-to-end latency
 * @param metricsPort HTTP port of {@code /metrics} and {@code /health}; 0 picks one, -1 disables
 * @param stateRetention an account idle for longer (in event time) has its state dropped
 * @param stateSweepInterval how often (wall clock) idle accounts are looked for
 * @param stateCacheAccounts decoded account states each stream task keeps in memory (a busy account
 *     skips the decode); 0 disables
 * @param modelName the {@code model_name} of the model events this app acts on
 * @param championArtifact a model artifact ({@code .fnx}) used as champion until a model event
 *     names one; empty = the core's default
 * @param artifactDir where {@code <model_id>.fnx} artifacts named by model events are looked up
 *     when the event carries none inline; empty = not used
 * @param registryUri MongoDB URI of the model registry, the last place artifacts are looked up;
 *     empty = not used
 * @param registryDatabase the registry's database
 * @param shutdownTimeout how long a graceful shutdown may take
 * @param topics how the app's topics are created or aligned at start ({@code topic-retention} P7D,
 *     {@code topic-erasure-bound} P1D: the {@code max.compaction.lag.ms} bounding how long an
 *     erased subject's records stay readable, {@code topic-min-compaction-lag} PT1H); see {@link
 *     TopicSettings}
 * @param kafkaOverrides any Kafka Streams, consumer or producer property, from system properties
 *     {@code finnexus.streams.kafka.<property>}; applied last
 */
public record StreamsSettings(
    String bootstrapServers,
    String applicationId,
    Path stateDir,
    int threads,
    Duration commitInterval,
    int metricsPort,
    Duration stateRetention,
    Duration stateSweepInterval,
    int stateCacheAccounts,
    String modelName,
    Optional<Path> championArtifact,
    Optional<Path> artifactDir,
    Optional<String> registryUri,
    String registryDatabase,
    Duration shutdownTimeout,
    TopicSettings topics,
    Map<String, String> kafkaOverrides) {

  private static final String KAFKA_PREFIX = "finnexus.streams.kafka.";

  /** Copies the overrides. */
  public StreamsSettings {
    kafkaOverrides = Map.copyOf(kafkaOverrides);
  }

  /** Settings from system properties and the environment. */
  public static StreamsSettings fromEnvironment() {
    Map<String, String> overrides = new TreeMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(KAFKA_PREFIX)) {
                overrides.put(name.substring(KAFKA_PREFIX.length()), System.getProperty(name));
              }
            });
    return from(
        key -> {
          String value = System.getProperty("finnexus.streams." + key);
          if (value == null) {
            value =
                System.getenv("FINNEXUS_STREAMS_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
          }
          return value;
        },
        overrides);
  }

  /** Settings read from {@code lookup} (setting name to value or null). */
  public static StreamsSettings from(Function<String, String> lookup) {
    return from(lookup, Map.of());
  }

  /** Settings read from {@code lookup}, with Kafka property overrides. */
  public static StreamsSettings from(
      Function<String, String> lookup, Map<String, String> kafkaOverrides) {
    Function<String, String> get = key -> blankToNull(lookup.apply(key));
    return new StreamsSettings(
        or(get.apply("bootstrap-servers"), "127.0.0.1:9092"),
        or(get.apply("application-id"), "fraud-scoring"),
        Path.of(
            or(
                get.apply("state-dir"),
                Path.of(System.getProperty("java.io.tmpdir"), "finnexus-streams").toString())),
        Integer.parseInt(or(get.apply("threads"), "1")),
        Duration.parse(or(get.apply("commit-interval"), "PT0.1S")),
        Integer.parseInt(or(get.apply("metrics-port"), "9464")),
        Duration.parse(or(get.apply("state-retention"), "P35D")),
        Duration.parse(or(get.apply("state-sweep-interval"), "PT1H")),
        Integer.parseInt(or(get.apply("state-cache-accounts"), "4096")),
        or(get.apply("model-name"), "fraud"),
        Optional.ofNullable(get.apply("champion-artifact")).map(Path::of),
        Optional.ofNullable(get.apply("artifact-dir")).map(Path::of),
        Optional.ofNullable(get.apply("registry-uri")),
        or(get.apply("registry-database"), "finnexus"),
        Duration.parse(or(get.apply("shutdown-timeout"), "PT30S")),
        new TopicSettings(
            Duration.parse(or(get.apply("topic-retention"), "P7D")),
            Duration.parse(or(get.apply("topic-erasure-bound"), "P1D")),
            Duration.parse(or(get.apply("topic-min-compaction-lag"), "PT1H"))),
        kafkaOverrides);
  }

  /** These settings with other bootstrap servers (the CLI's {@code --bootstrap}). */
  public StreamsSettings withBootstrapServers(String servers) {
    return new StreamsSettings(
        servers,
        applicationId,
        stateDir,
        threads,
        commitInterval,
        metricsPort,
        stateRetention,
        stateSweepInterval,
        stateCacheAccounts,
        modelName,
        championArtifact,
        artifactDir,
        registryUri,
        registryDatabase,
        shutdownTimeout,
        topics,
        kafkaOverrides);
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
