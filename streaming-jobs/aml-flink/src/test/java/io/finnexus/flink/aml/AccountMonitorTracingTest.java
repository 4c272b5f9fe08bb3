package io.finnexus.flink.aml;

import static io.finnexus.flink.aml.Legs.DAY;
import static io.finnexus.flink.aml.Legs.T0;
import static io.finnexus.flink.aml.Legs.cashInLeg;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.trace.AlertSpans;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.scoring.aml.CycleLimits;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A typology alert continues the trace of the transaction that raised it and links the other
 * transactions that contributed; the trace ring is bounded and leaves with the account's state.
 */
class AccountMonitorTracingTest {
  static final Duration RETENTION = Duration.ofDays(180);

  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  OpenTelemetry previous;
  KeyedBroadcastOperatorTestHarness<String, TracedLeg, ?, AlertRecord> harness;

  @BeforeEach
  void open() throws Exception {
    previous =
        Telemetry.installProcessWide(
            OpenTelemetrySdk.builder()
                .setTracerProvider(
                    SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .build());
    harness =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new AccountMonitorFunction(CycleLimits.defaults(), RETENTION),
            TracedLeg::account,
            Types.STRING,
            AccountMonitorFunction.RULES);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
    Telemetry.installProcessWide(previous);
  }

  @Test
  void theStructuringAlertContinuesTheTriggeringDepositsTraceAndLinksTheOthers() throws Exception {
    deposit("d1", 950_000, T0, traceparent(1));
    deposit("d2", 960_000, T0 + DAY, traceparent(2));
    deposit("d3", 970_000, T0 + 2 * DAY, traceparent(3));

    AlertRecord alert = harness.extractOutputValues().get(0);
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertThat(span.getName()).isEqualTo(AlertSpans.SPAN_NAME);
    assertThat(span.getTraceId()).isEqualTo(traceId(3));
    assertThat(span.getParentSpanId()).isEqualTo(spanId(3));
    assertThat(span.getAttributes().get(TraceAttributes.TRANSACTION_ID)).isEqualTo("d3");
    assertThat(span.getAttributes().get(TraceAttributes.ALERT_ID)).isEqualTo(alert.alertId);
    assertThat(alert.traceparent).isEqualTo("00-" + traceId(3) + "-" + span.getSpanId() + "-01");
    assertThat(span.getLinks())
        .extracting(LinkData::getSpanContext)
        .extracting(SpanContext::getTraceId)
        .containsExactlyInAnyOrder(traceId(1), traceId(2));
  }

  @Test
  void anUntracedDepositStillRaisesItsAlertInATraceOfItsOwn() throws Exception {
    deposit("d1", 950_000, T0, traceparent(1));
    deposit("d2", 960_000, T0 + DAY, traceparent(2));
    deposit("d3", 970_000, T0 + 2 * DAY, null);

    AlertRecord alert = harness.extractOutputValues().get(0);
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertThat(alert.traceparent).contains(span.getTraceId());
    assertThat(span.getParentSpanContext().isValid()).isFalse();
    assertThat(span.getLinks()).hasSize(2);
  }

  @Test
  void theTraceStateLeavesWithTheAccountsState() throws Exception {
    for (int i = 0; i < 2 * 16; i++) {
      deposit("s" + i, 100_000, T0 + i * 1000, traceparent(i + 1));
    }
    assertThat(stateEntries()).isEqualTo(2); // AML state and trace ring

    harness.processWatermark(T0 + RETENTION.toMillis() + 2 * DAY);
    harness.processBroadcastWatermark(T0 + RETENTION.toMillis() + 2 * DAY);
    assertThat(stateEntries()).isZero();
  }

  private int stateEntries() {
    return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  private void deposit(String id, long cents, long time, String traceparent) throws Exception {
    harness.processElement(
        new StreamRecord<>(new TracedLeg(cashInLeg(id, "A", cents, time), traceparent), time));
  }

  static String traceparent(int n) {
    return "00-" + traceId(n) + "-" + spanId(n) + "-01";
  }

  static String traceId(int n) {
    return String.format("%032x", 0xabc000L + n);
  }

  static String spanId(int n) {
    return String.format("%016x", 0x5000L + n);
  }
}
