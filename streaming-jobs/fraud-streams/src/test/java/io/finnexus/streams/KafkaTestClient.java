package io.finnexus.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the ITs do against the real broker: produce raw records, wait until the app has committed
 * its input up to the end, and read a topic to its end as a {@code read_committed} (or uncommitted)
 * consumer. No sleeps: every wait polls a condition with a deadline.
 */
final class KafkaTestClient implements AutoCloseable {

  private final String bootstrap;
  private final Admin admin;
  private final KafkaProducer<byte[], byte[]> producer;
  private final java.util.concurrent.atomic.AtomicReference<Exception> sendFailure =
      new java.util.concurrent.atomic.AtomicReference<>();

  KafkaTestClient(String bootstrap) {
    this.bootstrap = bootstrap;
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                // one batch in flight per partition: a retried batch can never overtake another
                // (seen on a loaded 2-core machine as OutOfOrderSequenceException and lost input)
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                300_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
  }

  void send(String topic, byte[] key, byte[] value) {
    producer.send(
        new ProducerRecord<>(topic, key, value),
        (metadata, e) -> {
          if (e != null) {
            sendFailure.compareAndSet(null, e);
          }
        });
  }

  /** Flushes; a record the broker never took fails the test here, not as a count that stalls. */
  void flush() {
    producer.flush();
    if (sendFailure.get() != null) {
      throw new AssertionError("the test producer lost input", sendFailure.get());
    }
  }

  /** Sum of the offsets {@code group} has committed on {@code topic}. */
  long committed(String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** Sum of the end offsets of {@code topic}. */
  long endOffsets(String topic) throws Exception {
    var partitions =
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
    return admin.listOffsets(partitions).all().get().values().stream()
        .mapToLong(info -> info.offset())
        .sum();
  }

  /** Waits until {@code group} has committed at least {@code target} input records. */
  void awaitCommitted(String group, String topic, long target, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    long now = committed(group, topic);
    while (now < target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(group + " committed " + now + " of " + target + " in " + timeout);
      }
      TimeUnit.MILLISECONDS.sleep(50);
      now = committed(group, topic);
    }
  }

  /**
   * Every record of {@code topic} up to its end, as a read_committed or read_uncommitted reader.
   */
  List<ConsumerRecord<byte[], byte[]>> readAll(String topic, boolean committedOnly) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        committedOnly ? "read_committed" : "read_uncommitted");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    try (var consumer = new KafkaConsumer<byte[], byte[]>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      while (!reached(consumer, end)) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    Set<TopicPartition> partitions = end.keySet();
    return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
  }

  @Override
  public void close() {
    producer.close();
    admin.close();
  }
}
