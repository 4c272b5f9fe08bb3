package io.finnexus.streams;

import io.finnexus.streams.model.ModelLineupListener;
import io.finnexus.streams.ops.FraudMetrics;
import io.finnexus.streams.score.AccountScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

/** The app running in the test JVM against a real broker, as {@link StreamsRunner} runs it. */
final class InProcessApp implements AutoCloseable {

  final KafkaStreams streams;
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  InProcessApp(String bootstrap, Path stateDir, AccountScorer scorer, ModelLineupListener models) {
    StreamsSettings settings =
        StreamsSettings.from(
            Map.of("bootstrap-servers", bootstrap, "state-dir", stateDir.toString(), "threads", "2")
                ::get);
    TopicsBootstrap.ensure(bootstrap, settings.topics());
    streams =
        new KafkaStreams(
            FraudStreamsApp.buildTopology(
                scorer, models, new FraudMetrics(registry), Clock.systemUTC(), settings),
            FraudStreamsApp.streamsConfig(settings));
  }

  InProcessApp start() throws InterruptedException {
    streams.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
        throw new AssertionError("app did not reach RUNNING: " + streams.state());
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return this;
  }

  @Override
  public void close() {
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30)));
  }
}
