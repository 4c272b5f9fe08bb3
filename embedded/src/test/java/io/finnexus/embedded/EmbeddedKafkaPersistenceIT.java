package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's promise: records written before a restart on the same directory are still there. */
class EmbeddedKafkaPersistenceIT {

  @Test
  void recordsSurviveARestartOnTheSameDirectory(@TempDir Path logDirectory) throws Exception {
    try (EmbeddedKafka first = EmbeddedKafka.persistent(logDirectory).start();
        var producer =
            new KafkaProducer<>(
                Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
      producer.send(new ProducerRecord<>("model-events", "fraud", "promoted v3")).get();
    }

    try (EmbeddedKafka second = EmbeddedKafka.persistent(logDirectory).start();
        var consumer =
            new KafkaConsumer<>(
                Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "after-restart",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
      consumer.subscribe(List.of("model-events"));
      List<String> values = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
      }
      assertThat(values).containsExactly("promoted v3");
    }
  }

  @Test
  void theSameBrokerStartedAgainListensOnTheSamePort(@TempDir Path logDirectory) {
    EmbeddedKafka broker = EmbeddedKafka.persistent(logDirectory).start();
    String bootstrap = broker.bootstrapServers();
    broker.close();
    try (EmbeddedKafka again = broker.start()) {
      assertThat(again.bootstrapServers()).isEqualTo(bootstrap);
      again.createTopic("after-restart", 1);
    }
  }
}
