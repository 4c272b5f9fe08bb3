package io.finnexus.api.trace;

import io.finnexus.schemas.trace.LogFields;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The span of an officer's read of one alert ({@code GET /alerts/{alertId}}): a {@code SERVER} span
 * whose parent is the context stored with the alert on intake, so the read shows up in the trace of
 * the transaction that raised the alert ("who looked at it, when, how long it took"). The caller's
 * own {@code traceparent}, if it sent one, becomes a link. An alert without a stored context
 * (tracing was off, or no such alert) gets a span in a new trace.
 */
final class AlertReadSpans implements HandlerInterceptor {

  private static final String SPAN = AlertReadSpans.class.getName() + ".span";
  private static final String SCOPE = AlertReadSpans.class.getName() + ".scope";
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");

  private final Tracer tracer;
  private final AlertTraces traces;
  private final boolean recording;

  AlertReadSpans(OpenTelemetry telemetry, AlertTraces traces) {
    this.tracer = telemetry.getTracer("io.finnexus.api");
    this.traces = traces;
    this.recording = Telemetry.records(telemetry);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    String alertId = alertId(request);
    if (!recording || !"GET".equals(request.getMethod()) || alertId == null) {
      return true;
    }
    Context stored = TraceHeaders.fromTraceparent(traces.find(alertId).orElse(null));
    var builder =
        tracer
            .spanBuilder("GET /alerts/{alertId}")
            .setParent(stored)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute("http.request.method", "GET")
            .setAttribute("http.route", "/alerts/{alertId}")
            .setAttribute(TraceAttributes.ALERT_ID, alertId);
    var caller = Span.fromContext(TraceHeaders.fromTraceparent(request.getHeader("traceparent")));
    if (caller.getSpanContext().isValid()) {
      builder.addLink(caller.getSpanContext());
    }
    Span span = builder.startSpan();
    request.setAttribute(SPAN, span);
    request.setAttribute(
        SCOPE, new Scopes(stored.with(span).makeCurrent(), LogFields.put(span, null, alertId)));
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object h, Exception e) {
    if (!(request.getAttribute(SPAN) instanceof Span span)) {
      return;
    }
    span.setAttribute(STATUS, (long) response.getStatus());
    if (e != null) {
      span.recordException(e);
    }
    if (e != null || response.getStatus() >= 500) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    ((Scopes) request.getAttribute(SCOPE)).close();
  }

  @SuppressWarnings("unchecked")
  private static String alertId(HttpServletRequest request) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return vars instanceof Map<?, ?> map
        ? (String) ((Map<String, String>) map).get("alertId")
        : null;
  }

  private record Scopes(Scope scope, LogFields fields) implements AutoCloseable {
    @Override
    public void close() {
      fields.close();
      scope.close();
    }
  }
}
