package io.finnexus.api.erasure;

import io.finnexus.schemas.topic.KafkaClientSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;

/**
 * By when the records a tombstone supersedes are gone from a topic, from the topic's configuration
 * as the broker has it (not as FinNexus meant to set it): on a compacted topic {@code
 * max.compaction.lag.ms} after the tombstone (KIP-354; the cleaner's pass comes on top, and a
 * segment rolls only on a write, which the busy FinNexus topics always get); on a delete-only topic
 * the tombstone removes nothing and the records go with {@code retention.ms} plus one segment
 * ({@code segment.ms}); kept forever never.
 */
final class TopicDeadlines {

  /** The deadline and the configuration it comes from. */
  record Deadline(Instant at, String why) {}

  private TopicDeadlines() {}

  /** The latest deadline over {@code topics} for tombstones written at {@code sent}. */
  static Deadline latest(String bootstrapServers, List<String> topics, Instant sent) {
    try (Admin admin =
        Admin.create(
            KafkaClientSecurity.with(
                Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                    30_000)))) {
      Map<ConfigResource, Config> configs =
          admin
              .describeConfigs(
                  topics.stream()
                      .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                      .toList())
              .all()
              .get(30, TimeUnit.SECONDS);
      return configs.entrySet().stream()
          .map(e -> of(e.getKey().name(), e.getValue(), sent))
          .max(Comparator.comparing(Deadline::at))
          .orElseThrow();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the topics' configuration: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading topic configuration", e);
    }
  }

  static Deadline of(String topic, Config config, Instant sent) {
    String policy = config.get("cleanup.policy").value();
    long maxLag = Long.parseLong(config.get("max.compaction.lag.ms").value());
    if (policy.contains("compact") && maxLag < Long.MAX_VALUE) {
      return new Deadline(
          sent.plusMillis(maxLag),
          topic + " max.compaction.lag.ms " + Duration.ofMillis(maxLag) + " after the tombstones");
    }
    long retention = Long.parseLong(config.get("retention.ms").value());
    if (!policy.contains("delete") || retention < 0) {
      return new Deadline(
          Instant.MAX,
          topic + " is neither compacted within a bound nor deleted by age: set its configuration");
    }
    long segment = Long.parseLong(config.get("segment.ms").value());
    return new Deadline(
        sent.plusMillis(retention).plusMillis(segment),
        topic + " is not compacted: its records go by age, retention.ms + segment.ms");
  }
}
