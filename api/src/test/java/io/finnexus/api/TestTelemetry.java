package io.finnexus.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test context's OpenTelemetry: a real SDK exporting to memory, so a test can read the spans
 * the API recorded ({@link #SPANS}). Tests that look at spans filter by their own trace id.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTelemetry {

  public static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

  @Bean
  @Primary
  OpenTelemetry inMemoryTelemetry() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
        .build();
  }
}
