package io.finnexus.bench;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/**
 * How far a consumer group has got through a topic: the sum of its committed offsets, read at most
 * every {@value #REFRESH_MILLIS} ms. The Flink job commits its source offsets when a checkpoint
 * completes, so this is what the job has processed exactly once, in checkpoint-sized steps.
 */
final class CommittedOffsets {
  private static final long REFRESH_MILLIS = 250;

  private final Admin admin;
  private final String group;
  private final String topic;
  private long last;
  private long readAt;

  CommittedOffsets(Admin admin, String group, String topic) {
    this.admin = admin;
    this.group = group;
    this.topic = topic;
  }

  long processed() {
    long now = System.currentTimeMillis();
    if (now - readAt < REFRESH_MILLIS) {
      return last;
    }
    readAt = now;
    try {
      last =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get()
              .entrySet()
              .stream()
              .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
              .mapToLong(e -> e.getValue().offset())
              .sum();
    } catch (ExecutionException e) {
      return last; // the group may not exist before the first checkpoint
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return last;
  }
}
