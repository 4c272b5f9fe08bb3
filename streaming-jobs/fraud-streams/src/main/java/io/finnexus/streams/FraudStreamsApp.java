package io.finnexus.streams;

import io.finnexus.retention.seal.PayloadSealer;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.validation.TransactionValidator;
import io.finnexus.schemas.validation.ValidationLimits;
import io.finnexus.streams.model.ModelEventsProcessor;
import io.finnexus.streams.model.ModelLineupListener;
import io.finnexus.streams.ops.FraudMetrics;
import io.finnexus.streams.score.AccountScorer;
import io.finnexus.streams.score.ScoreProcessor;
import io.finnexus.streams.score.StoreNames;
import io.finnexus.streams.seal.SealProcessor;
import io.finnexus.streams.trace.TracedProcessor;
import io.finnexus.streams.validate.ValidateProcessor;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams fraud-scoring app ({@code application.id} {@code fraud-scoring}): validates
 * every raw transaction (rejects to {@code transactions.dlq}), scores valid ones with the scoring
 * core against per-account state, and emits every score to {@code scored-transactions} and alerts
 * to {@code alerts}, exactly once. Model events swap the model lineup without a restart.
 *
 * <p>{@link #buildTopology} and {@link #streamsConfig} are the testable parts; {@link #main} wires
 * the production core, metrics and lifecycle ({@link StreamsRunner}).
 */
public final class FraudStreamsApp {

  /** Node and store names: stable, they name changelog topics and appear in metrics. */
  public static final String SOURCE = "transactions-source";

  public static final String VALIDATE = "validate";
  public static final String SCORE = "score";
  public static final String SEAL_SCORED = "seal-scored-transactions";
  public static final String SEAL_ALERTS = "seal-alerts";
  public static final String SCORED_SINK = "scored-transactions-sink";
  public static final String ALERTS_SINK = "alerts-sink";
  public static final String DLQ_SINK = "dlq-sink";
  public static final String ACCOUNT_STATE_STORE = "account-state";
  public static final String SERVING_MODELS_STORE = "serving-models";
  public static final String MODEL_EVENTS_SOURCE = "model-events-source";
  public static final String MODEL_EVENTS_APPLY = "model-events-apply";

  private FraudStreamsApp() {}

  /** Starts the app with settings from system properties, the environment and {@code args}. */
  public static void main(String[] args) {
    System.exit(StreamsRunner.run(args));
  }

  /**
   * The topology: raw transactions → validate → (dead letters | score with account state → seal →
   * scored-transactions + alerts); model-events → global serving-models store → lineup swap.
   * Tracing off: the input's trace context passes through to the outputs unchanged.
   */
  public static Topology buildTopology(
      AccountScorer scorer,
      ModelLineupListener models,
      FraudMetrics metrics,
      Clock clock,
      StreamsSettings settings) {
    return buildTopology(scorer, models, metrics, clock, settings, Telemetry.propagatingOnly());
  }

  /** The topology, scoring each transaction in a span of {@code telemetry} (README "Tracing"). */
  public static Topology buildTopology(
      AccountScorer scorer,
      ModelLineupListener models,
      FraudMetrics metrics,
      Clock clock,
      StreamsSettings settings,
      OpenTelemetry telemetry) {
    return buildTopology(
        scorer, models, metrics, clock, settings, telemetry, PayloadSealer.UNSEALED);
  }

  /**
   * The topology, each scored transaction and alert passing through {@code sealer} (its personal
   * fields encrypted under the customer's key) on the way to its sink (README "Data protection").
   */
  public static Topology buildTopology(
      AccountScorer scorer,
      ModelLineupListener models,
      FraudMetrics metrics,
      Clock clock,
      StreamsSettings settings,
      OpenTelemetry telemetry,
      PayloadSealer sealer) {
    var validator = new TransactionValidator(ValidationLimits.defaults(), clock);
    var names = new StoreNames(ACCOUNT_STATE_STORE, SEAL_SCORED, SEAL_ALERTS, DLQ_SINK);
    Topology topology = new Topology();
    topology.addSource(
        SOURCE,
        Topics.TRANSACTIONS.keySerde().deserializer(),
        Topics.TRANSACTIONS.valueSerde().deserializer(),
        Topics.TRANSACTIONS.name());
    topology.addProcessor(
        VALIDATE, () -> new ValidateProcessor(validator, metrics, clock, SCORE, DLQ_SINK), SOURCE);
    topology.addProcessor(
        SCORE,
        () ->
            new TracedProcessor(
                new ScoreProcessor(
                    scorer,
                    metrics,
                    names,
                    clock,
                    settings.stateRetention(),
                    settings.stateSweepInterval()),
                telemetry,
                settings.applicationId(),
                Topics.TRANSACTIONS.name()),
        VALIDATE);
    topology.addStateStore(
        Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(ACCOUNT_STATE_STORE),
                org.apache.kafka.common.serialization.Serdes.String(),
                org.apache.kafka.common.serialization.Serdes.ByteArray())
            .withLoggingEnabled(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact")),
        SCORE);
    topology.addProcessor(SEAL_SCORED, () -> new SealProcessor(sealer), SCORE);
    topology.addProcessor(SEAL_ALERTS, () -> new SealProcessor(sealer), SCORE);
    addSink(topology, SCORED_SINK, Topics.SCORED_TRANSACTIONS, SEAL_SCORED);
    addSink(topology, ALERTS_SINK, Topics.ALERTS, SEAL_ALERTS);
    addSink(topology, DLQ_SINK, Topics.TRANSACTIONS_DLQ, VALIDATE, SCORE);
    addModelEvents(topology, models, metrics, settings);
    return topology;
  }

  private static void addModelEvents(
      Topology topology, ModelLineupListener models, FraudMetrics metrics, StreamsSettings s) {
    topology.addGlobalStore(
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(SERVING_MODELS_STORE),
                Topics.MODEL_EVENTS.keySerde(),
                Topics.MODEL_EVENTS.valueSerde())
            .withLoggingDisabled(),
        MODEL_EVENTS_SOURCE,
        Topics.MODEL_EVENTS.keySerde().deserializer(),
        Topics.MODEL_EVENTS.valueSerde().deserializer(),
        Topics.MODEL_EVENTS.name(),
        MODEL_EVENTS_APPLY,
        () -> new ModelEventsProcessor(SERVING_MODELS_STORE, s.modelName(), models, metrics));
  }

  private static <K, V> void addSink(
      Topology topology, String name, Topics<K, V> topic, String... parents) {
    topology.addSink(
        name,
        topic.name(),
        topic.keySerde().serializer(),
        topic.valueSerde().serializer(),
        parents);
  }

  /** The Kafka Streams configuration: exactly-once v2, changelogged state, the typed settings. */
  public static Properties streamsConfig(StreamsSettings settings) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    props.putAll(KafkaClientSecurity.fromEnvironment());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
    // every scored transaction sends its scored record and its account state (0.5-6 KB). No
    // compression: on the 2-core target machine lz4 cost ~17 % of the app's CPU (a 64 KB block
    // buffer set up per batch, then compressing) plus the broker's decompression to validate;
    // over a real network re-enable it with -Dfinnexus.streams.kafka.producer.compression.type=lz4
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
    // 128 KB batches: linger.ms closes a batch, not the default 16 KB filling after a few states
    props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 128 * 1024);
    props.putAll(settings.kafkaOverrides());
    return props;
  }
}
