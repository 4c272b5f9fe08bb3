package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.trace.AlertSpans;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.scoring.movement.LedgerMode;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade across the tracing change: a savepoint taken by the job before alerts carried trace
 * context (test resource {@code savepoints/before-alert-tracing}, see its README) restores into
 * today's job, with tracing on and traced traffic; the alerts before the savepoint plus those after
 * are exactly those of an uninterrupted run of today's job, and the new trace state (which the old
 * savepoint lacks) fills and yields span links after the restore.
 */
class SavepointBeforeTracingIT {
  static final long COUNT = 4_000;
  static final String FIXTURE = "/savepoints/before-alert-tracing";

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path dir;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void aSavepointFromBeforeTracingRestoresAndTheAlertsAreThoseOfAnUninterruptedRun()
      throws Exception {
    Path fixture = Path.of(getClass().getResource(FIXTURE).toURI());
    List<String> before = Files.readAllLines(fixture.resolve("first-alerts.txt"));
    run("whole", null);

    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetry previous = Telemetry.installProcessWide(inMemory(spans));
    try {
      run("after", fixture.resolve("savepoint").toUri().toString());
    } finally {
      Telemetry.installProcessWide(previous);
    }

    List<String> resumed = new ArrayList<>(before);
    resumed.addAll(alerts("after"));
    assertThat(before).isNotEmpty().hasSizeLessThan(alerts("whole").size());
    assertThat(resumed).containsExactlyInAnyOrderElementsOf(alerts("whole"));
    assertThat(CollectingSink.<AlertRecord>collected("upgrade-alerts-after"))
        .allSatisfy(a -> assertThat(a.traceparent).isNotNull());
    assertThat(spans.getFinishedSpanItems())
        .filteredOn(s -> s.getName().equals(AlertSpans.SPAN_NAME))
        .anySatisfy(s -> assertThat(s.getLinks()).isNotEmpty());
  }

  private void run(String name, String savepoint) throws Exception {
    Savepoints.job(dir, name, savepoint, new TracedTraffic(), COUNT, "upgrade")
        .execute("upgrade-" + name);
  }

  private static List<String> alerts(String name) {
    return CollectingSink.<AlertRecord>collected("upgrade-alerts-" + name).stream()
        .map(a -> a.alertId + "|" + Base64.getEncoder().encodeToString(a.avro))
        .toList();
  }

  private static OpenTelemetry inMemory(InMemorySpanExporter spans) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build();
  }

  /** The fixture's traffic, each transaction with a trace of its own (derived from its index). */
  static final class TracedTraffic implements GeneratorFunction<Long, ParsedTransaction> {
    private static final long serialVersionUID = 1L;
    private final TrafficGeneratorFunction traffic =
        new TrafficGeneratorFunction(11, 200, 60_000, LedgerMode.SINGLE_ENTRY, 0);

    @Override
    public void open(SourceReaderContext readerContext) throws Exception {
      traffic.open(readerContext);
    }

    @Override
    public ParsedTransaction map(Long i) throws Exception {
      ParsedTransaction tx = traffic.map(i);
      tx.traceparent =
          String.format(Locale.ROOT, "00-%032x-%016x-01", 0x7ace0000L + i, 0x5a000000L + i);
      return tx;
    }
  }
}
