package io.finnexus.api.trace;

import io.finnexus.schemas.trace.Telemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's {@link OpenTelemetry}: off (no spans, trace context passed through) unless the standard
 * {@code OTEL_TRACES_EXPORTER} / {@code OTEL_EXPORTER_OTLP_ENDPOINT} variables configure an
 * exporter (README "Tracing"). Registers the span of {@code GET /alerts/{alertId}}.
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration implements WebMvcConfigurer {

  private final AlertTraces traces;
  private final OpenTelemetry telemetry;

  public TracingConfiguration(AlertTraces traces, OpenTelemetry telemetry) {
    this.traces = traces;
    this.telemetry = telemetry;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AlertReadSpans(telemetry, traces)).addPathPatterns("/alerts/*");
  }

  /** Separate from the configurer, so that a test can put an in-memory SDK in its place. */
  @Configuration(proxyBeanMethods = false)
  static class TelemetryBean {
    @Bean(destroyMethod = "")
    OpenTelemetry openTelemetry(@Value("${spring.application.name}") String serviceName) {
      return Telemetry.forService(serviceName);
    }
  }
}
