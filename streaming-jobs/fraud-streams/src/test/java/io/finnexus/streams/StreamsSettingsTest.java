package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** Settings defaults, overrides and the Kafka Streams configuration derived from them. */
class StreamsSettingsTest {

  @Test
  void defaultsAreSafeForTheEmbeddedModeAndConfigureExactlyOnce() {
    StreamsSettings settings = StreamsSettings.from(key -> null);
    Properties props = FraudStreamsApp.streamsConfig(settings);

    assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    assertThat(settings.stateRetention()).isEqualTo(Duration.ofDays(35));
    assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("fraud-scoring");
  }

  @Test
  void settingsAndKafkaOverridesReachTheStreamsConfiguration() {
    StreamsSettings settings =
        StreamsSettings.from(
            Map.of("threads", "3", "commit-interval", "PT0.5S", "application-id", "fs-2")::get,
            Map.of("consumer.session.timeout.ms", "6000"));
    Properties props = FraudStreamsApp.streamsConfig(settings);

    assertThat(props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(3);
    assertThat(props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(500L);
    assertThat(props.get("consumer.session.timeout.ms")).isEqualTo("6000");
    assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("fs-2");
  }

  @Test
  void theCommandLineSetsTheBootstrapServersAndRefusesUnknownOptions() {
    StreamsSettings base = StreamsSettings.from(key -> null);
    assertThat(CommandLine.apply(base, new String[] {"--bootstrap", "h:1"}).bootstrapServers())
        .isEqualTo("h:1");
    assertThat(CommandLine.apply(base, new String[] {"--bootstrap=h:2"}).bootstrapServers())
        .isEqualTo("h:2");
    assertThatThrownBy(() -> CommandLine.apply(base, new String[] {"--nope"}))
        .hasMessageContaining("--nope");
  }
}
