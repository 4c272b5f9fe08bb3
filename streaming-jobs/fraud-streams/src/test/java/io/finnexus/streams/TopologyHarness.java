package io.finnexus.streams;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.streams.model.ModelLineupListener;
import io.finnexus.streams.ops.FraudMetrics;
import io.finnexus.streams.score.AccountScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology under a {@link TopologyTestDriver}, with typed topics, for the topology tests. */
final class TopologyHarness implements AutoCloseable {

  /** "Now" for the validator: a little after the generated transactions. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final TopologyTestDriver driver;
  final TestInputTopic<byte[], byte[]> transactions;
  final TestInputTopic<String, ModelEvent> modelEvents;
  final TestOutputTopic<String, ScoredTransaction> scored;
  final TestOutputTopic<String, Alert> alerts;
  final TestOutputTopic<byte[], DeadLetter> deadLetters;

  TopologyHarness(AccountScorer scorer, ModelLineupListener models, Path stateDir) {
    StreamsSettings settings = StreamsSettings.from(Map.of("state-dir", stateDir.toString())::get);
    driver =
        new TopologyTestDriver(
            FraudStreamsApp.buildTopology(
                scorer, models, new FraudMetrics(registry), CLOCK, settings),
            FraudStreamsApp.streamsConfig(settings),
            TestTransactions.START);
    transactions = input(Topics.TRANSACTIONS);
    modelEvents = input(Topics.MODEL_EVENTS);
    scored = output(Topics.SCORED_TRANSACTIONS);
    alerts = output(Topics.ALERTS);
    deadLetters = output(Topics.TRANSACTIONS_DLQ);
  }

  private <K, V> TestInputTopic<K, V> input(Topics<K, V> topic) {
    return driver.createInputTopic(
        topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  private <K, V> TestOutputTopic<K, V> output(Topics<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  void send(Transaction transaction) {
    transactions.pipeInput(key(transaction.getAccountId()), TestTransactions.encode(transaction));
  }

  void sendRaw(String key, byte[] value) {
    transactions.pipeInput(key(key), value);
  }

  void sendModelEvent(String modelId, String version, ModelStage stage, Instant at) {
    sendModelEvent(modelId, version, stage, at, null);
  }

  /** A model event carrying its artifact inline (null = none). */
  void sendModelEvent(String modelId, String version, ModelStage stage, Instant at, byte[] fnx) {
    modelEvents.pipeInput(
        "fraud",
        ModelEvent.newBuilder()
            .setArtifact(fnx == null ? null : java.nio.ByteBuffer.wrap(fnx))
            .setEventId(modelId + "-" + version + "-" + stage)
            .setModelName("fraud")
            .setModelId(modelId)
            .setModelVersion(version)
            .setStage(stage)
            .setOccurredAt(at)
            .build());
  }

  double counter(String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  static byte[] key(String key) {
    return key == null ? null : key.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
  }
}
