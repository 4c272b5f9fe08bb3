package io.finnexus.streams.trace;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.trace.LogFields;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs a processor inside a {@code CONSUMER} span named {@code "<name> process"}: the parent is the
 * trace context of the input record's headers (the ingest producer's span), and every record the
 * processor forwards carries this span's context instead ({@link TracingForwarder}). The span and
 * the log fields (trace, span and transaction id) are current while the processor runs.
 *
 * <p>With tracing off the span is a no-op that keeps the input's context, so the output records
 * carry the input's {@code traceparent} on unchanged.
 */
public final class TracedProcessor implements Processor<Object, Object, Object, Object> {

  private final Processor<Object, Object, Object, Object> inner;
  private final Tracer tracer;
  private final String spanName;
  private final String topic;

  /**
   * @param name the step's name in the trace, e.g. {@code fraud-scoring}
   * @param topic the input topic, recorded as the span's messaging destination
   */
  public TracedProcessor(
      Processor<Object, Object, Object, Object> inner,
      OpenTelemetry telemetry,
      String name,
      String topic) {
    this.inner = inner;
    this.tracer = telemetry.getTracer("io.finnexus.streams");
    this.spanName = name + " process";
    this.topic = topic;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    inner.init(new TracingForwarder(context));
  }

  @Override
  public void process(Record<Object, Object> record) {
    String transactionId = record.value() instanceof Transaction t ? t.getTransactionId() : null;
    Span span =
        tracer
            .spanBuilder(spanName)
            .setParent(TraceHeaders.extract(record.headers()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, "kafka")
            .setAttribute(TraceAttributes.MESSAGING_DESTINATION, topic)
            .startSpan();
    if (transactionId != null) {
      span.setAttribute(TraceAttributes.TRANSACTION_ID, transactionId);
    }
    try (Scope scope = Context.root().with(span).makeCurrent();
        LogFields fields = LogFields.put(span, transactionId, null)) {
      inner.process(record);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public void close() {
    inner.close();
  }
}
