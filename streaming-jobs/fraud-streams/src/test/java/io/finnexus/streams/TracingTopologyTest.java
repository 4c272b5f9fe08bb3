package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.finnexus.streams.ops.FraudMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
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
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace context of a transaction record reaches its scored record and its alerts: through the
 * scoring span when tracing is on, unchanged when it is off.
 */
class TracingTopologyTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String INGEST_SPAN = "00f067aa0ba902b7";

  @TempDir Path stateDir;
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();

  @Test
  void theScoringSpanContinuesTheIngestTraceAndIsTheParentOfTheAlerts() {
    OpenTelemetry sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    try (TopologyTestDriver driver = driver(sdk)) {
      var probes = cardProbes(6);
      probes.forEach(t -> send(driver, t));

      SpanData score = spans.getFinishedSpanItems().get(5);
      assertThat(score.getName()).isEqualTo("fraud-scoring process");
      assertThat(score.getKind()).isEqualTo(SpanKind.CONSUMER);
      assertThat(score.getTraceId()).isEqualTo(TRACE);
      assertThat(score.getParentSpanId()).isEqualTo(INGEST_SPAN);
      assertThat(score.getAttributes().get(TraceAttributes.TRANSACTION_ID)).isEqualTo("probe-5");

      var alert = output(driver, Topics.ALERTS).readRecordsToList();
      assertThat(alert).isNotEmpty();
      assertThat(traceparent(alert.get(alert.size() - 1).headers()))
          .isEqualTo("00-" + TRACE + "-" + score.getSpanId() + "-01");
      var scored = output(driver, Topics.SCORED_TRANSACTIONS).readRecordsToList();
      assertThat(traceparent(scored.get(5).headers())).contains(score.getSpanId());
      assertThat(scored.get(5).headers().headers(TraceHeaders.TRACEPARENT)).hasSize(1);
    }
  }

  @Test
  void withTracingOffTheIngestContextPassesThroughUnchanged() {
    try (TopologyTestDriver driver = driver(Telemetry.propagatingOnly())) {
      send(driver, cardProbes(1).get(0));
      var scored = output(driver, Topics.SCORED_TRANSACTIONS).readRecord();
      assertThat(traceparent(scored.headers()))
          .isEqualTo("00-" + TRACE + "-" + INGEST_SPAN + "-01");
      assertThat(Span.current().getSpanContext().isValid()).isFalse();
    }
  }

  private TopologyTestDriver driver(OpenTelemetry telemetry) {
    StreamsSettings settings = StreamsSettings.from(Map.of("state-dir", stateDir.toString())::get);
    return new TopologyTestDriver(
        FraudStreamsApp.buildTopology(
            ScoringUnderTest.create().scorer(),
            ScoringUnderTest.create().models(),
            new FraudMetrics(new SimpleMeterRegistry()),
            TopologyHarness.CLOCK,
            settings,
            telemetry),
        FraudStreamsApp.streamsConfig(settings),
        TestTransactions.START);
  }

  private static void send(TopologyTestDriver driver, Transaction transaction) {
    Headers headers = new RecordHeaders();
    headers.add(
        TraceHeaders.TRACEPARENT,
        ("00-" + TRACE + "-" + INGEST_SPAN + "-01").getBytes(StandardCharsets.UTF_8));
    driver
        .createInputTopic(
            Topics.TRANSACTIONS.name(),
            Topics.TRANSACTIONS.keySerde().serializer(),
            Topics.TRANSACTIONS.valueSerde().serializer())
        .pipeInput(
            new TestRecord<>(
                TopologyHarness.key(transaction.getAccountId()),
                TestTransactions.encode(transaction),
                headers,
                transaction.getEventTime()));
  }

  private static <K, V> TestOutputTopic<K, V> output(
      TopologyTestDriver driver, Topics<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  private static String traceparent(Headers headers) {
    return new String(headers.lastHeader(TraceHeaders.TRACEPARENT).value(), StandardCharsets.UTF_8);
  }

  /** Card authorisations of 1.00 at distinct merchants, a minute apart: card testing at the 6th. */
  private static java.util.List<Transaction> cardProbes(int n) {
    var base = new TestTransactions(3, 1).next();
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(
            i ->
                Transaction.newBuilder(base)
                    .setTransactionId("probe-" + i)
                    .setAccountId("acct-traced")
                    .setChannel(Channel.CARD)
                    .setCardId("card-traced")
                    .setMerchantId("probe-merchant-" + i)
                    .setCounterpartyAccountId("probe-merchant-" + i)
                    .setMerchantCategory("5999")
                    .setAmount(new BigDecimal("1.0000"))
                    .setEventTime(base.getEventTime().plus(Duration.ofMinutes(i)))
                    .build())
        .toList();
  }
}
