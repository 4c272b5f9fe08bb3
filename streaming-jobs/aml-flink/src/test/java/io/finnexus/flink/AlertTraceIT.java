package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.flink.trace.AlertSpans;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.trace.KafkaSpans;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typology alert the job raises over days of keyed state continues the trace of the transaction
 * that triggered it: three cash deposits just under the reporting line, each produced to a real
 * broker in a trace of its own (as the generator does), read by the job's Kafka source on a
 * MiniCluster; the structuring alert on the {@code alerts} topic carries a {@code traceparent} in
 * the third deposit's trace, whose span (exported in memory) links the first two deposits.
 */
class AlertTraceIT {
  static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
  static final String ACCOUNT = "acct-traced-structuring";

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static EmbeddedKafka kafka;
  static OpenTelemetry previous;
  static OpenTelemetry sdk;

  @TempDir Path checkpoints;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.ephemeral().start();
    kafka.createTopics(2, TopicNames.TRANSACTIONS, TopicNames.ALERTS);
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(SPANS))
                    .build())
            .build();
    previous = Telemetry.installProcessWide(sdk);
  }

  @AfterAll
  static void stop() {
    Telemetry.installProcessWide(previous);
    kafka.close();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theStructuringAlertIsInTheTraceOfTheDepositThatTriggeredIt() throws Exception {
    JobClient job = startJob();
    try {
      Instant first = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
      List<String> traces = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        traces.add(produce(deposit("dep-" + i, first.plus(Duration.ofHours(i)), 950_000 + i)));
      }

      ConsumerRecord<byte[], byte[]> alert = awaitAlert();
      String traceparent =
          new String(
              alert.headers().lastHeader(TraceHeaders.TRACEPARENT).value(), StandardCharsets.UTF_8);
      assertThat(traceparent.split("-")[1]).isEqualTo(traces.get(2));

      SpanData span =
          SPANS.getFinishedSpanItems().stream()
              .filter(s -> s.getName().equals(AlertSpans.SPAN_NAME))
              .filter(s -> s.getTraceId().equals(traces.get(2)))
              .findFirst()
              .orElseThrow();
      SpanData publish =
          SPANS.getFinishedSpanItems().stream()
              .filter(s -> s.getKind() == SpanKind.PRODUCER)
              .filter(s -> s.getTraceId().equals(traces.get(2)))
              .findFirst()
              .orElseThrow();
      assertThat(traceparent)
          .isEqualTo(
              TraceHeaders.traceparent(
                      io.opentelemetry.context.Context.root()
                          .with(io.opentelemetry.api.trace.Span.wrap(span.getSpanContext())))
                  .orElseThrow());
      assertThat(span.getParentSpanId()).isEqualTo(publish.getSpanId());
      assertThat(span.getAttributes().get(TraceAttributes.TRANSACTION_ID)).isEqualTo("dep-2");
      assertThat(span.getAttributes().get(AlertSpans.TYPOLOGY)).isEqualTo("STRUCTURING");
      assertThat(span.getLinks())
          .extracting(l -> l.getSpanContext().getTraceId())
          .containsExactlyInAnyOrder(traces.get(0), traces.get(1));
    } finally {
      job.cancel().get();
    }
  }

  private JobClient startJob() throws Exception {
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap", kafka.bootstrapServers(),
            "--group-id", "alert-trace-it",
            "--parallelism", "2",
            "--source-parallelism", "2",
            "--checkpoint-interval", "PT0.2S",
            "--checkpoint-dir", checkpoints.toUri().toString(),
            "--transactional-id-prefix", "alert-trace-it",
            "--transaction-timeout", "PT2M",
            "--idleness", "PT1S",
            "--ledger-mode", "SINGLE_ENTRY");
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    new AmlMonitoringJob(
            KafkaWiring.transactionsSource(settings),
            TestSources.noRules(),
            KafkaWiring.alertsSink(settings),
            new CollectingSink<>("trace-dlq"),
            new CollectingSink<>("trace-late"),
            settings)
        .build(env);
    return env.executeAsync("alert-trace-it");
  }

  /** Produces {@code tx} in a trace of its own, as the generator does; returns the trace id. */
  private static String produce(Transaction tx) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      var record =
          new KafkaSpans(sdk, "test")
              .publish(
                  new ProducerRecord<>(
                      TopicNames.TRANSACTIONS,
                      tx.getAccountId(),
                      FinNexusSerdes.transactionCodec().encode(tx)),
                  tx.getTransactionId());
      producer.send(record);
      return new String(record.headers().lastHeader(TraceHeaders.TRACEPARENT).value())
          .split("-")[1];
    }
  }

  private static ConsumerRecord<byte[], byte[]> awaitAlert() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "alert-trace-reader");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (var consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(TopicNames.ALERTS));
      long deadline = System.currentTimeMillis() + 90_000;
      while (System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          var decoded = FinNexusSerdes.alertCodec().decode(r.value());
          if (decoded.getAccountId().toString().equals(ACCOUNT)
              && decoded.getTypology().toString().equals("STRUCTURING")) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no structuring alert for " + ACCOUNT + " within 90 s");
  }

  private static Transaction deposit(String id, Instant time, long cents) {
    return Transaction.newBuilder()
        .setTransactionId(id)
        .setEventTime(time)
        .setAccountId(ACCOUNT)
        .setCustomerId("cust-" + ACCOUNT)
        .setDirection(Direction.CREDIT)
        .setCounterpartyAccountId("CASH")
        .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
        .setCurrency("EUR")
        .setChannel(Channel.CASH)
        .setLocationCountry("GB")
        .build();
  }
}
