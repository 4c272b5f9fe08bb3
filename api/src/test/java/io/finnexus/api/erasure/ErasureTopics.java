package io.finnexus.api.erasure;

import static org.awaitility.Awaitility.await;

import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.topic.TopicSettings;
import io.finnexus.schemas.topic.admin.TopicSetup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The compacted topics of the shared test broker as the erasure ITs need them: a short erasure
 * bound ({@code max.compaction.lag.ms} {@link #SHORT_BOUND}) while they run and the production
 * defaults after (other ITs re-read whole days, which compaction must not thin out), plus the two
 * things a test of compaction needs: write traffic (a segment rolls only on a write) and a full
 * re-read.
 */
final class ErasureTopics {

  static final Duration SHORT_BOUND = Duration.ofSeconds(5);

  private ErasureTopics() {}

  /** Compacts within {@link #SHORT_BOUND}; returns once the broker reports it. */
  static void shorten() {
    apply(new TopicSettings(Duration.ofDays(7), SHORT_BOUND, Duration.ZERO));
  }

  /** Back to {@link TopicSettings#defaults()}; returns once the broker reports it. */
  static void restore() {
    apply(TopicSettings.defaults());
  }

  private static void apply(TopicSettings settings) {
    String bootstrap = EmbeddedServers.kafka().bootstrapServers();
    TopicSetup.ensure(bootstrap, settings);
    String wanted = Long.toString(settings.erasureBound().toMillis());
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  admin
                      .describeConfigs(
                          TopicSettings.COMPACTED.stream()
                              .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                              .toList())
                      .all()
                      .get()
                      .values()
                      .stream()
                      .allMatch(c -> wanted.equals(c.get("max.compaction.lag.ms").value())));
    }
  }

  /**
   * One record with a throw-away key and no value on every partition of the compacted topics, as
   * production traffic would write: a segment rolls (and becomes compactable) only on a write. The
   * archiver and the intake skip null values.
   */
  static void writeTraffic() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    try (var producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (String topic : TopicSettings.COMPACTED) {
        for (int partition = 0; partition < TopicNames.DEFAULT_PARTITIONS; partition++) {
          byte[] key = ("traffic-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
          producer.send(new ProducerRecord<>(topic, partition, key, (byte[]) null));
        }
      }
      producer.flush();
    }
  }

  /** Every committed record of {@code topic}, from the start to the current end. */
  static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not re-read " + topic + " within 60 s");
        }
        consumer.poll(Duration.ofMillis(500)).forEach(all::add);
      }
    }
    return all;
  }
}
