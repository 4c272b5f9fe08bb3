package io.finnexus.schemas.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Puts the ids of the work in progress into the SLF4J MDC, which the JSON (ECS) log encoders write
 * as fields: {@code trace.id} and {@code span.id} (ECS), {@code finnexus.transaction.id} and {@code
 * finnexus.alert.id} (ours: ECS's {@code transaction.id} means an APM transaction, a span). Ids
 * only, never personal data. Close the returned scope to remove them again.
 */
public final class LogFields implements AutoCloseable {

  public static final String TRACE_ID = "trace.id";
  public static final String SPAN_ID = "span.id";
  public static final String TRANSACTION_ID = "finnexus.transaction.id";
  public static final String ALERT_ID = "finnexus.alert.id";

  private LogFields() {}

  /** Puts the span's ids (when it has valid ones) and the non-null business ids. */
  public static LogFields put(Span span, String transactionId, String alertId) {
    SpanContext context = span.getSpanContext();
    if (context.isValid()) {
      MDC.put(TRACE_ID, context.getTraceId());
      MDC.put(SPAN_ID, context.getSpanId());
    }
    if (transactionId != null) {
      MDC.put(TRANSACTION_ID, transactionId);
    }
    if (alertId != null) {
      MDC.put(ALERT_ID, alertId);
    }
    return new LogFields();
  }

  @Override
  public void close() {
    MDC.remove(TRACE_ID);
    MDC.remove(SPAN_ID);
    MDC.remove(TRANSACTION_ID);
    MDC.remove(ALERT_ID);
  }
}
