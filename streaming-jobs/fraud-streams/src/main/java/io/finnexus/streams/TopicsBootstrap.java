package io.finnexus.streams;

import io.finnexus.schemas.topic.TopicNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the FinNexus topics that do not exist yet ({@link TopicNames#DEFAULT_PARTITIONS}
 * partitions, the broker's replication factor), so the embedded mode and a fresh cluster work
 * without a setup step; existing topics are left untouched.
 */
final class TopicsBootstrap {

  private TopicsBootstrap() {}

  static void ensure(String bootstrapServers) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      List<NewTopic> topics =
          TopicNames.ALL.stream()
              .map(
                  n ->
                      new NewTopic(n, Optional.of(TopicNames.DEFAULT_PARTITIONS), Optional.empty()))
              .toList();
      for (var result : admin.createTopics(topics).values().values()) {
        try {
          result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topics: " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
    }
  }
}
