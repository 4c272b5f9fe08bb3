package io.finnexus.schemas.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .build();

  @Test
  void aPublishedRecordCarriesItsProducerSpanToTheConsumer() {
    var record = new ProducerRecord<>("transactions", "acct-1", "value");
    new KafkaSpans(sdk, "test").publish(record, "tx-1");

    Context parent = TraceHeaders.extract(record.headers());
    var published = spans.getFinishedSpanItems().get(0);
    assertThat(Span.fromContext(parent).getSpanContext().getTraceId())
        .isEqualTo(published.getTraceId());
    assertThat(Span.fromContext(parent).getSpanContext().getSpanId())
        .isEqualTo(published.getSpanId());
    assertThat(published.getAttributes().get(TraceAttributes.TRANSACTION_ID)).isEqualTo("tx-1");
  }

  @Test
  void injectReplacesTheInputsContextAndAStoredTraceparentRoundTrips() {
    var headers = new RecordHeaders();
    headers.add(
        TraceHeaders.TRACEPARENT,
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes());
    Span child =
        sdk.getTracer("test")
            .spanBuilder("score")
            .setParent(TraceHeaders.extract(headers))
            .startSpan();
    TraceHeaders.inject(Context.root().with(child), headers);

    assertThat(headers.headers(TraceHeaders.TRACEPARENT)).hasSize(1);
    String stored = TraceHeaders.traceparent(TraceHeaders.extract(headers)).orElseThrow();
    assertThat(stored)
        .contains("0af7651916cd43dd8448eb211c80319c")
        .contains(child.getSpanContext().getSpanId());
    assertThat(Span.fromContext(TraceHeaders.fromTraceparent(stored)).getSpanContext().getSpanId())
        .isEqualTo(child.getSpanContext().getSpanId());
  }

  @Test
  void tracingOffAddsNoHeaderAndRecordsNothing() {
    var record = new ProducerRecord<>("transactions", "acct-1", "value");
    new KafkaSpans(Telemetry.propagatingOnly(), "test").publish(record, "tx-1");

    assertThat(record.headers().toArray()).isEmpty();
    assertThat(Telemetry.records(Telemetry.propagatingOnly())).isFalse();
    assertThat(Telemetry.records(sdk)).isTrue();
    assertThat(TraceHeaders.hasSpan(TraceHeaders.fromTraceparent("garbage"))).isFalse();
  }

  @Test
  void withoutAnExporterConfiguredTracingIsOff() {
    // the build sets no OTEL_TRACES_EXPORTER: the default of every process is "off"
    assertThat(Telemetry.exporterConfigured()).isFalse();
    assertThat(Telemetry.records(Telemetry.forService("test"))).isFalse();
  }

  @Test
  void anOtlpExporterConfiguredTheStandardWayTurnsTracingOn() {
    System.setProperty("otel.traces.exporter", "otlp");
    System.setProperty("otel.exporter.otlp.protocol", "http/protobuf");
    System.setProperty("otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
    try {
      var otel = Telemetry.forService("test");
      assertThat(Telemetry.records(otel)).isTrue();
      otel.getTracer("test").spanBuilder("exported").startSpan().end();
      ((io.opentelemetry.sdk.OpenTelemetrySdk) otel).close(); // flushes: nothing listens, no throw
    } finally {
      System.clearProperty("otel.traces.exporter");
      System.clearProperty("otel.exporter.otlp.protocol");
      System.clearProperty("otel.exporter.otlp.endpoint");
    }
  }
}
