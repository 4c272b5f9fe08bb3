package io.finnexus.api.consume;

import io.finnexus.schemas.topic.KafkaClientSecurity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one topic on its own thread and hands each non-empty batch to a {@link BatchHandler};
 * offsets are committed only after the handler returns, so a crash replays the batch and an
 * idempotent handler absorbs it (effectively once). Reads with {@code
 * isolation.level=read_committed}: records of aborted producer transactions are never handed over.
 * A failing poll, handler or commit is retried with back-off (0.5 s doubling to 30 s) from the last
 * committed offset.
 */
public final class CommittingConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(CommittingConsumer.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** Where to read: the name is used for the thread and the log. */
  public record Settings(
      String name,
      String bootstrapServers,
      String groupId,
      String topic,
      int maxPollRecords,
      Duration pollTimeout) {}

  /** Stores one batch; throws to have it delivered again after a back-off. */
  @FunctionalInterface
  public interface BatchHandler {
    void handle(ConsumerRecords<byte[], byte[]> records);
  }

  private final Settings settings;
  private final BatchHandler handler;
  private volatile boolean running;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  public CommittingConsumer(Settings settings, BatchHandler handler) {
    this.settings = settings;
    this.handler = handler;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::run, settings.name());
    thread.setDaemon(true);
    thread.start();
  }

  public synchronized void stop() {
    running = false;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public boolean isRunning() {
    return running;
  }

  private void run() {
    Duration backoff = FIRST_BACKOFF;
    while (running) {
      try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerConfig())) {
        consumer = c;
        c.subscribe(List.of(settings.topic()));
        Map<TopicPartition, Long> committedAt = Map.of();
        while (running) {
          ConsumerRecords<byte[], byte[]> records = c.poll(settings.pollTimeout());
          if (!records.isEmpty()) {
            handler.handle(records);
            c.commitSync();
            committedAt = positions(c);
          } else if (!positions(c).equals(committedAt)) {
            // past transaction markers or aborted records only: nothing to handle, but commit so
            // that the group's lag is zero (the reconciliation's archive check reads it)
            c.commitSync();
            committedAt = positions(c);
          }
          backoff = FIRST_BACKOFF;
        }
      } catch (WakeupException e) {
        // stop() woke the consumer up
      } catch (RuntimeException e) {
        if (!running) {
          break;
        }
        LOG.warn("{} failed, retrying in {}: {}", settings.name(), backoff, e.toString());
        sleep(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      } finally {
        consumer = null;
      }
    }
  }

  private static Map<TopicPartition, Long> positions(KafkaConsumer<byte[], byte[]> c) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    c.assignment().forEach(tp -> positions.put(tp, c.position(tp)));
    return positions;
  }

  private Properties consumerConfig() {
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    c.putAll(KafkaClientSecurity.fromEnvironment());
    return c;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
