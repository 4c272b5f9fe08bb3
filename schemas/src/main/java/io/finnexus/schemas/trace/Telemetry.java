package io.finnexus.schemas.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a process's {@link OpenTelemetry} from the standard {@code OTEL_*} environment variables
 * (or {@code otel.*} system properties). Tracing is off unless {@code OTEL_TRACES_EXPORTER} names
 * an exporter (e.g. {@code otlp}, with {@code OTEL_EXPORTER_OTLP_ENDPOINT}): off means a no-op
 * tracer that still passes an incoming {@code traceparent} on unchanged, so a traced producer
 * upstream keeps its trace through an untraced process, at the cost of copying one header.
 *
 * <p>When on, the SDK is configured by OpenTelemetry's autoconfiguration (sampler, resource,
 * endpoint, protocol, batch sizes: all {@code OTEL_*} settings apply); the service name defaults to
 * the process's name and metrics and logs are not exported (Prometheus and the log files do that).
 */
public final class Telemetry {

  private static OpenTelemetry processWide;

  private Telemetry() {}

  /**
   * One instance per JVM, built on first use: for code that is instantiated many times in one
   * process (Flink operators, one per parallel subtask), so that they share one exporter.
   */
  public static synchronized OpenTelemetry processWide(String serviceName) {
    if (processWide == null) {
      processWide = forService(serviceName);
    }
    return processWide;
  }

  /**
   * Makes {@code telemetry} the process-wide instance, for tests that run Flink operators in their
   * own JVM with an in-memory exporter (install before the job starts). Returns the one replaced.
   */
  public static synchronized OpenTelemetry installProcessWide(OpenTelemetry telemetry) {
    OpenTelemetry previous = processWide;
    processWide = telemetry;
    return previous;
  }

  /** The OpenTelemetry of service {@code serviceName}, as the environment configures it. */
  public static OpenTelemetry forService(String serviceName) {
    if (!exporterConfigured()) {
      return propagatingOnly();
    }
    return AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(
            () ->
                Map.of(
                    "otel.service.name", serviceName,
                    "otel.metrics.exporter", "none",
                    "otel.logs.exporter", "none"))
        .build()
        .getOpenTelemetrySdk();
  }

  /** Tracing off: no spans recorded, W3C trace context passed through. */
  public static OpenTelemetry propagatingOnly() {
    return OpenTelemetry.propagating(
        ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
  }

  /** Whether {@code telemetry} records spans (false for {@link #propagatingOnly()}). */
  public static boolean records(OpenTelemetry telemetry) {
    return telemetry.getTracerProvider() != TracerProvider.noop();
  }

  static boolean exporterConfigured() {
    String exporter = System.getProperty("otel.traces.exporter");
    if (exporter == null) {
      exporter = System.getenv("OTEL_TRACES_EXPORTER");
    }
    return exporter != null
        && !exporter.isBlank()
        && !exporter.trim().toLowerCase(Locale.ROOT).equals("none");
  }
}
