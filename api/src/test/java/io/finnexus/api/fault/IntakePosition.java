package io.finnexus.api.fault;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Where a consumer group stands on a topic: its committed offsets against the topic's end. */
final class IntakePosition implements AutoCloseable {

  private final Admin admin;

  IntakePosition(String bootstrapServers) {
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** Sum of the offsets {@code group} committed on {@code topic}. */
  long committed(String group, String topic) throws Exception {
    return admin
        .listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata()
        .get(30, TimeUnit.SECONDS)
        .entrySet()
        .stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** Whether {@code group} committed {@code topic} up to its end (markers included). */
  boolean caughtUp(String group, String topic) throws Exception {
    var partitions =
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
    long end =
        admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).values().stream()
            .mapToLong(info -> info.offset())
            .sum();
    return committed(group, topic) == end;
  }

  @Override
  public void close() {
    admin.close();
  }
}
