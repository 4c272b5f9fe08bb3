package io.finnexus.api.trace;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestTelemetry;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.trace.KafkaSpans;
import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.streams.FraudStreamsApp;
import io.finnexus.streams.StreamsSettings;
import io.finnexus.streams.model.ArtifactSource;
import io.finnexus.streams.model.CoreModelSwap;
import io.finnexus.streams.ops.FraudMetrics;
import io.finnexus.streams.score.CoreAccountScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One transaction, one trace: the ingest producer's span, the fraud-scoring span (the real Kafka
 * Streams topology in this JVM, against the embedded broker), the alert intake span and the span of
 * an officer's {@code GET /alerts/{id}}, all in the trace the producer started, each the child of
 * the one before. And the run's log output holds none of the transaction's personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class AlertTracingIT extends ApiTestSupport {

  private static final String COUNTERPARTY = "Philippa Quarterbridge";
  private static final String IBAN = "DE89370400440532013000";

  @Autowired OpenTelemetry telemetry;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void oneTransactionIsOneTraceFromIngestToTheOfficersRead(CapturedOutput output) throws Exception {
    String account = "acct-traced-" + UUID.randomUUID().toString().substring(0, 8);
    try (KafkaStreams streams = startScoring()) {
      String traceId = produce(transaction(account));

      ApiClient officer = as("officer");
      String alertId =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () ->
                      officer
                          .get("/alerts?customer=cust-" + account)
                          .json()
                          .at("/items/0/alertId")
                          .asString(),
                  id -> !id.isEmpty());
      assertThat(officer.get("/alerts/" + alertId).status()).isEqualTo(200);

      List<SpanData> trace =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> spansOf(traceId), spans -> spans.size() >= 4);
      SpanData ingest = one(trace, "transactions publish", SpanKind.PRODUCER);
      SpanData scoring = one(trace, "fraud-scoring process", SpanKind.CONSUMER);
      SpanData intake = one(trace, "alerts process", SpanKind.CONSUMER);
      SpanData read = one(trace, "GET /alerts/{alertId}", SpanKind.SERVER);
      assertThat(scoring.getParentSpanId()).isEqualTo(ingest.getSpanId());
      assertThat(intake.getParentSpanId()).isEqualTo(scoring.getSpanId());
      assertThat(read.getParentSpanId()).isEqualTo(intake.getSpanId());
      assertThat(read.getAttributes().asMap().toString()).contains(alertId).contains("200");

      jdbc.update("DELETE FROM alert WHERE alert_id = ?", alertId);
      assertThat(
              jdbc.queryForObject(
                  "SELECT count(*) FROM alert_trace WHERE alert_id = ?", Integer.class, alertId))
          .isZero();
    }
    assertThat(output.getAll()).doesNotContain(COUNTERPARTY).doesNotContain(IBAN);
  }

  /**
   * An AML alert as the Flink job writes it (engine {@code aml-flink}, its record's {@code
   * traceparent} the job's {@code aml-monitoring process} span; aml-flink's AlertTraceIT proves the
   * job's side): the intake and the officer's read join that trace.
   */
  @Test
  void aFlinkAlertsIntakeAndReadJoinTheTraceItsRecordCarries() throws Exception {
    String account = "acct-flink-" + UUID.randomUUID().toString().substring(0, 8);
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String flinkSpan = "00f067aa0ba902b7";
    var alert =
        AlertFactory.toAlert(
            new Finding(
                Typology.STRUCTURING,
                "episode-1",
                account,
                "cust-" + account,
                Instant.now().minus(1, ChronoUnit.MINUTES).toEpochMilli(),
                0.8,
                List.of(account),
                List.of("dep-0", "dep-1", "dep-2"),
                2_850_000,
                "EUR",
                "Three cash deposits just under the reporting threshold",
                List.of(Typology.STRUCTURING.name()),
                List.of()),
            "aml-flink");
    var record =
        new ProducerRecord<String, byte[]>(
            TopicNames.ALERTS, alert.getAlertId(), FinNexusSerdes.alertCodec().encode(alert));
    record
        .headers()
        .add("traceparent", ("00-" + traceId + "-" + flinkSpan + "-01").getBytes(UTF_8));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(record).get();
    }

    ApiClient officer = as("officer");
    String alertId = alert.getAlertId();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> officer.get("/alerts/" + alertId).status() == 200);

    List<SpanData> trace =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> spansOf(traceId), spans -> spans.size() >= 2);
    SpanData intake = one(trace, "alerts process", SpanKind.CONSUMER);
    SpanData read = one(trace, "GET /alerts/{alertId}", SpanKind.SERVER);
    assertThat(intake.getParentSpanId()).isEqualTo(flinkSpan);
    assertThat(read.getParentSpanId()).isEqualTo(intake.getSpanId());
  }

  private static List<SpanData> spansOf(String traceId) {
    return TestTelemetry.SPANS.getFinishedSpanItems().stream()
        .filter(s -> s.getTraceId().equals(traceId))
        .toList();
  }

  private static SpanData one(List<SpanData> trace, String name, SpanKind kind) {
    List<SpanData> named = trace.stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(named).as(name + " in " + trace).hasSize(1);
    assertThat(named.get(0).getKind()).isEqualTo(kind);
    return named.get(0);
  }

  /** Produces {@code tx} as the generator does; returns the trace id its record carries. */
  private String produce(Transaction tx) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      var record =
          new KafkaSpans(telemetry, "test")
              .publish(
                  new ProducerRecord<>(
                      TopicNames.TRANSACTIONS,
                      tx.getAccountId(),
                      FinNexusSerdes.transactionCodec().encode(tx)),
                  tx.getTransactionId());
      producer.send(record);
      String traceparent = new String(record.headers().lastHeader("traceparent").value());
      return traceparent.split("-")[1];
    }
  }

  /** The fraud-scoring topology, thresholds set so that one small card payment is card testing. */
  private KafkaStreams startScoring() throws Exception {
    var kafka = EmbeddedServers.kafka();
    for (String topic :
        List.of(TopicNames.TRANSACTIONS, TopicNames.TRANSACTIONS_DLQ, TopicNames.MODEL_EVENTS)) {
      kafka.createTopic(topic, TopicNames.DEFAULT_PARTITIONS);
    }
    StreamsSettings settings =
        StreamsSettings.from(
            Map.of(
                    "bootstrap-servers", kafka.bootstrapServers(),
                    "state-dir", Files.createTempDirectory("traced-streams").toString(),
                    "commit-interval", "PT0.1S")
                ::get);
    FraudThresholds d = FraudThresholds.defaults();
    var core =
        new FraudScorer(
            new FraudThresholds(
                d.smallAuthMinor(),
                1,
                d.cardTestingWindow(),
                d.travelWindow(),
                d.maxKmPerHour(),
                d.travelSlackKm(),
                d.atoAmountMultiple(),
                d.atoMinMinor(),
                d.spikeMultiple(),
                d.spikeMinHistory(),
                d.spikeMinMinor(),
                d.alertEpisode()));
    var streams =
        new KafkaStreams(
            FraudStreamsApp.buildTopology(
                new CoreAccountScorer(core, Clock.systemUTC(), 0),
                new CoreModelSwap(core, ArtifactSource.inlineOnly(), null),
                new FraudMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC(),
                settings,
                telemetry),
            FraudStreamsApp.streamsConfig(settings));
    streams.start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> streams.state() == KafkaStreams.State.RUNNING);
    return streams;
  }

  private static Transaction transaction(String account) {
    return Transaction.newBuilder()
        .setTransactionId("tx-" + UUID.randomUUID())
        .setEventTime(Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS))
        .setAccountId(account)
        .setCustomerId("cust-" + account)
        .setDirection(Direction.DEBIT)
        .setCounterpartyAccountId(IBAN)
        .setCounterpartyName(COUNTERPARTY)
        .setCounterpartyCountry("DE")
        .setAmount(new BigDecimal("1.0000"))
        .setCurrency("EUR")
        .setChannel(Channel.CARD)
        .setCardId("card-" + account)
        .setMerchantId("merchant-probe")
        .setMerchantCategory("5999")
        .setDeviceId("dev-" + account)
        .setLocationCountry("DE")
        .setMemo("refund to " + COUNTERPARTY + " " + IBAN)
        .build();
  }
}
