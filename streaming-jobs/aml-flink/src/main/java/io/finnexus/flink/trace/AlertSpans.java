package io.finnexus.flink.trace;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.List;

/**
 * The span of the job's step that raised an alert, named {@value #SPAN_NAME} like the streams app's
 * {@code fraud-scoring process}: a {@code CONSUMER} span, child of the triggering transaction's
 * {@code traceparent}, with links to the other contributing transactions. The alert record is sent
 * with this span's context, so the alert intake joins the transaction's trace.
 *
 * <p>Only alerts cost a span (the job handles every leg in several keyed operators; a span per leg
 * and operator would multiply the trace volume for nothing an officer asks about). Tracing off: no
 * span is recorded and the alert carries the triggering transaction's own {@code traceparent}.
 */
public final class AlertSpans {
  public static final String SPAN_NAME = "aml-monitoring process";
  public static final AttributeKey<String> TYPOLOGY = AttributeKey.stringKey("finnexus.typology");

  private final Tracer tracer;
  private final boolean records;

  public AlertSpans(OpenTelemetry telemetry) {
    this.tracer = telemetry.getTracer("io.finnexus.flink");
    this.records = Telemetry.records(telemetry);
  }

  /** The spans of this JVM's job (one exporter for all parallel subtasks). */
  public static AlertSpans processWide() {
    return new AlertSpans(Telemetry.processWide("aml-monitoring"));
  }

  /** Whether spans are recorded (links are worth collecting only then). */
  public boolean records() {
    return records;
  }

  /**
   * Records the span that raised {@code alert} and sets the alert's {@code traceparent} to it.
   *
   * @param transactionId the triggering transaction
   * @param traceparent its trace context, null if it had none (the span then starts a trace)
   * @param links the other contributing transactions' contexts
   */
  public AlertRecord raise(
      AlertRecord alert, String transactionId, String traceparent, List<SpanContext> links) {
    SpanBuilder builder =
        tracer
            .spanBuilder(SPAN_NAME)
            .setParent(TraceHeaders.fromTraceparent(traceparent))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, "kafka")
            .setAttribute(TraceAttributes.MESSAGING_DESTINATION, TopicNames.TRANSACTIONS)
            .setAttribute(TraceAttributes.ALERT_ID, alert.alertId)
            .setAttribute(TYPOLOGY, alert.typology);
    if (transactionId != null) {
      builder.setAttribute(TraceAttributes.TRANSACTION_ID, transactionId);
    }
    links.forEach(builder::addLink);
    Span span = builder.startSpan();
    alert.traceparent = TraceHeaders.traceparent(Context.root().with(span)).orElse(null);
    span.end();
    return alert;
  }
}
