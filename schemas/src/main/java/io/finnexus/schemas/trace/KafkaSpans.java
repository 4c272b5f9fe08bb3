package io.finnexus.schemas.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Producer-side tracing of the records a FinNexus process writes to Kafka: one {@code PRODUCER}
 * span per record, child of the current context, whose context travels in the record's headers.
 * With tracing off the record is returned untouched.
 */
public final class KafkaSpans {

  private final Tracer tracer;

  public KafkaSpans(OpenTelemetry telemetry, String instrumentationName) {
    this.tracer = telemetry.getTracer(instrumentationName);
  }

  /**
   * Starts and ends the publish span of {@code record} (the span marks the hand-over to the client;
   * the broker's acknowledgement is not waited for) and puts its context into the headers.
   *
   * @param transactionId the business id the record carries, set as an attribute; may be null
   */
  public <K, V> ProducerRecord<K, V> publish(ProducerRecord<K, V> record, String transactionId) {
    Span span =
        tracer
            .spanBuilder(record.topic() + " publish")
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, "kafka")
            .setAttribute(TraceAttributes.MESSAGING_DESTINATION, record.topic())
            .startSpan();
    try {
      if (transactionId != null) {
        span.setAttribute(TraceAttributes.TRANSACTION_ID, transactionId);
      }
      if (span.getSpanContext().isValid()) {
        TraceHeaders.inject(Context.current().with(span), record.headers());
      }
      return record;
    } finally {
      span.end();
    }
  }
}
