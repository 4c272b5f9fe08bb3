package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What FinNexus needs from Kafka, checked through the production clients against any broker:
 * auto-created topics, consumer groups, and transactions (the exactly-once path of both jobs).
 */
abstract class KafkaContract {

  private static final Duration AWAIT = Duration.ofSeconds(30);

  protected abstract String bootstrapServers();

  @Test
  void aConsumerGroupReadsWhatWasProducedInOrder() throws Exception {
    String topic = "transactions-" + UUID.randomUUID();
    try (var producer = producer(Map.of())) {
      for (int i = 0; i < 5; i++) {
        producer.send(new ProducerRecord<>(topic, "account-1", "tx-" + i)).get();
      }
    }
    List<String> read = consume(topic, "read_uncommitted", 5);
    assertThat(read).containsExactly("tx-0", "tx-1", "tx-2", "tx-3", "tx-4");
  }

  @Test
  void readCommittedConsumersSeeCommittedTransactionsOnly() throws Exception {
    String topic = "alerts-" + UUID.randomUUID();
    try (var producer =
        producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "contract-" + UUID.randomUUID()))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "aborted-1"));
      producer.send(new ProducerRecord<>(topic, "k", "aborted-2"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "committed-1"));
      producer.send(new ProducerRecord<>(topic, "k", "committed-2"));
      producer.commitTransaction();
    }
    List<String> read = consume(topic, "read_committed", 2);
    assertThat(read).containsExactly("committed-1", "committed-2");
  }

  private KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /** Polls until {@code expected} records arrived or the await ran out; returns what arrived. */
  private List<String> consume(String topic, String isolation, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "contract-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            isolation);
    List<String> values = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plus(AWAIT);
      while (values.size() < expected && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
      // one more short poll: nothing beyond the expected records may show up
      consumer.poll(Duration.ofMillis(300)).forEach(record -> values.add(record.value()));
      consumer.commitSync();
    }
    return values;
  }
}
