package io.finnexus.schemas.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries the W3C trace context in Kafka record headers ({@code traceparent}, {@code tracestate}),
 * so one trace follows a transaction from ingest through scoring to the stored alert. Always W3C,
 * whatever the process's propagator configuration: the header is part of the wire format.
 *
 * <p>A record without a valid header extracts to the root context (its consumer starts a new
 * trace); a context without a valid span injects nothing (tracing off leaves records untouched).
 */
public final class TraceHeaders {

  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";

  private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

  private static final TextMapGetter<Headers> HEADERS_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
          return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
          Header header = headers == null ? null : headers.lastHeader(key);
          return header == null || header.value() == null
              ? null
              : new String(header.value(), StandardCharsets.UTF_8);
        }
      };

  private static final TextMapSetter<Headers> HEADERS_SETTER =
      (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8));

  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> map) {
          return map.keySet();
        }

        @Override
        public String get(Map<String, String> map, String key) {
          return map == null ? null : map.get(key);
        }
      };

  private TraceHeaders() {}

  /** The context carried by {@code headers}, as the parent of the consumer's span. */
  public static Context extract(Headers headers) {
    return W3C.extract(Context.root(), headers, HEADERS_GETTER);
  }

  /**
   * Replaces the trace headers of {@code headers} by {@code context}'s span (an outgoing record of
   * a processor is the child of the processor's span, not of the input's producer).
   */
  public static Headers inject(Context context, Headers headers) {
    headers.remove(TRACEPARENT);
    headers.remove(TRACESTATE);
    W3C.inject(context, headers, HEADERS_SETTER);
    return headers;
  }

  /** The {@code traceparent} value of {@code context}'s span, if it has a valid one. */
  public static Optional<String> traceparent(Context context) {
    Map<String, String> carrier = new HashMap<>();
    W3C.inject(context, carrier, Map::put);
    return Optional.ofNullable(carrier.get(TRACEPARENT));
  }

  /** The context of a stored {@code traceparent}, or the root context if it is not valid. */
  public static Context fromTraceparent(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    return W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP_GETTER);
  }

  /** Whether {@code context} carries a valid span context (a trace to continue). */
  public static boolean hasSpan(Context context) {
    SpanContext span = Span.fromContext(context).getSpanContext();
    return span.isValid();
  }
}
