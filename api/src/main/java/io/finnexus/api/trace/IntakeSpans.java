package io.finnexus.api.trace;

import io.finnexus.api.consume.CommittingConsumer.BatchHandler;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * Traces a consumer of records keyed by alert id: one {@code CONSUMER} span per record, child of
 * the context in its headers (the engine's span that emitted it), open while the batch is stored;
 * when the batch has been stored, each alert's span context is remembered in {@link AlertTraces}.
 * With tracing off nothing is recorded, and the engine's context (if the record carries one) is
 * stored instead, so reads still join the engine's trace.
 */
@Component
public class IntakeSpans {

  private final Tracer tracer;
  private final AlertTraces traces;
  private final boolean recording;

  public IntakeSpans(OpenTelemetry telemetry, AlertTraces traces) {
    this.tracer = telemetry.getTracer("io.finnexus.api");
    this.traces = traces;
    this.recording = Telemetry.records(telemetry);
  }

  /** {@code handler}, each of its records in a span named {@code "<topic> process"}. */
  public BatchHandler traced(BatchHandler handler) {
    return records -> {
      List<Span> spans = new ArrayList<>();
      Map<String, String> contexts = new LinkedHashMap<>();
      for (ConsumerRecord<byte[], byte[]> r : records) {
        start(r, spans, contexts);
      }
      traces.remember(contexts);
      try {
        handler.handle(records);
      } catch (RuntimeException e) {
        spans.forEach(s -> s.recordException(e).setStatus(StatusCode.ERROR));
        throw e;
      } finally {
        spans.forEach(Span::end);
      }
    };
  }

  private void start(
      ConsumerRecord<byte[], byte[]> r, List<Span> spans, Map<String, String> contexts) {
    Context parent = TraceHeaders.extract(r.headers());
    if (!recording && !TraceHeaders.hasSpan(parent)) {
      return; // tracing off and nothing to pass on: no work per record
    }
    String alertId = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    Span span =
        tracer
            .spanBuilder(r.topic() + " process")
            .setParent(parent)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, "kafka")
            .setAttribute(TraceAttributes.MESSAGING_DESTINATION, r.topic())
            .startSpan();
    spans.add(span);
    if (alertId != null) {
      span.setAttribute(TraceAttributes.ALERT_ID, alertId);
      TraceHeaders.traceparent(parent.with(span)).ifPresent(t -> contexts.put(alertId, t));
    }
  }
}
