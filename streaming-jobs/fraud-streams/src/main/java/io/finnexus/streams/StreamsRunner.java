package io.finnexus.streams;

import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.streams.ops.FraudMetrics;
import io.finnexus.streams.ops.OpsServer;
import io.finnexus.streams.score.CoreBinding;
import io.finnexus.streams.seal.EngineSealing;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the app as a process: creates missing topics, starts Kafka Streams and the ops endpoint, and
 * on SIGTERM closes Kafka Streams gracefully (committing the open transaction) within the shutdown
 * timeout. Returns 1 when Kafka Streams failed, else 0 (after SIGTERM the JVM exits 143).
 */
final class StreamsRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

  private final StreamsSettings settings;
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private StreamsRunner(StreamsSettings settings) {
    this.settings = settings;
  }

  static int run(String[] args) {
    return run(CommandLine.apply(StreamsSettings.fromEnvironment(), args), CoreBinding::create);
  }

  /** Runs with the core bound by {@code binder} (tests bind a stand-in). */
  static int run(
      StreamsSettings settings, BiFunction<StreamsSettings, FraudMetrics, CoreBinding> binder) {
    return new StreamsRunner(settings).run(binder);
  }

  private int run(BiFunction<StreamsSettings, FraudMetrics, CoreBinding> binder) {
    var metrics = new FraudMetrics(registry);
    var core = binder.apply(settings, metrics);
    TopicsBootstrap.ensure(settings.bootstrapServers(), settings.topics());
    try (var sealing = EngineSealing.fromEnvironment()) {
      metrics.payloadsSealed(sealing.sealer().seals());
      var topology =
          FraudStreamsApp.buildTopology(
              core.scorer(),
              core.models(),
              metrics,
              Clock.systemUTC(),
              settings,
              Telemetry.forService(settings.applicationId()),
              sealing.sealer());
      LOG.info("topology:\n{}", topology.describe());
      return run(new KafkaStreams(topology, FraudStreamsApp.streamsConfig(settings)));
    }
  }

  private int run(KafkaStreams streams) {
    watch(streams);
    try (var kafkaMetrics = new KafkaStreamsMetrics(streams);
        var ops = startOps(streams)) {
      kafkaMetrics.bindTo(registry);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(streams), "fraud-streams-stop"));
      streams.start();
      awaitStopped();
      return streams.state() == KafkaStreams.State.ERROR ? 1 : 0;
    }
  }

  private void watch(KafkaStreams streams) {
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread failed, shutting the app down", e);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.setStateListener(
        (now, before) -> {
          LOG.info("state {} -> {}", before, now);
          if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
          }
        });
  }

  /** The ops endpoint, or null when disabled (try-with-resources skips a null resource). */
  private OpsServer startOps(KafkaStreams streams) {
    if (settings.metricsPort() < 0) {
      return null;
    }
    OpsServer ops =
        OpsServer.start(settings.metricsPort(), registry::scrape, () -> streams.state().name());
    LOG.info("metrics on http://127.0.0.1:{}/metrics, health on /health", ops.port());
    return ops;
  }

  private void close(KafkaStreams streams) {
    LOG.info("shutdown requested, closing within {}", settings.shutdownTimeout());
    boolean clean = streams.close(CloseOptions.timeout(settings.shutdownTimeout()));
    // logged by the hook itself, so the line is out before the JVM exits
    LOG.info(clean ? "stopped cleanly (state {})" : "stop timed out (state {})", streams.state());
    stopped.countDown();
  }

  private void awaitStopped() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
