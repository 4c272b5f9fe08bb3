package io.finnexus.schemas.topic.admin;

import io.finnexus.schemas.topic.KafkaClientSecurity;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.topic.TopicSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Brings the FinNexus topics to their {@link TopicSettings}: creates the missing ones ({@link
 * TopicNames#DEFAULT_PARTITIONS} partitions, the broker's replication factor) with their
 * configuration, and alters the configuration of existing ones where it differs, so an upgrade does
 * not silently keep a topic on the old policy. Idempotent: a second run changes nothing. Partition
 * counts of existing topics are never touched.
 */
public final class TopicSetup {

  private static final long TIMEOUT_SECONDS = 30;

  private TopicSetup() {}

  /**
   * Creates or aligns every topic of {@link TopicNames#ALL} on the cluster at {@code
   * bootstrapServers}.
   *
   * @return the existing topics whose configuration was changed, with the values set
   * @throws IllegalStateException if the cluster does not answer or refuses
   */
  public static Map<String, Map<String, String>> ensure(
      String bootstrapServers, TopicSettings settings) {
    try (Admin admin =
        Admin.create(
            KafkaClientSecurity.with(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))) {
      List<String> existing = create(admin, settings);
      return alignOnceKnown(admin, settings, existing);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up the FinNexus topics: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
    }
  }

  /** Creates the missing topics; returns those that existed already. */
  private static List<String> create(Admin admin, TopicSettings settings)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<NewTopic> topics =
        TopicNames.ALL.stream()
            .map(
                n ->
                    new NewTopic(n, Optional.of(TopicNames.DEFAULT_PARTITIONS), Optional.empty())
                        .configs(settings.configOf(n)))
            .toList();
    List<String> existing = new ArrayList<>();
    for (var result : admin.createTopics(topics).values().entrySet()) {
      try {
        await(result.getValue());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
        existing.add(result.getKey());
      }
    }
    return existing;
  }

  /**
   * Aligns, retrying while a broker does not know a topic yet: one created a moment ago (by another
   * instance, or by an operator) is answered with UnknownTopicOrPartition until its metadata has
   * reached the broker asked.
   */
  private static Map<String, Map<String, String>> alignOnceKnown(
      Admin admin, TopicSettings settings, List<String> existing)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      try {
        return align(admin, settings, existing);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  private static Map<String, Map<String, String>> align(
      Admin admin, TopicSettings settings, List<String> existing)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<ConfigResource> resources =
        existing.stream()
            .filter(t -> !settings.configOf(t).isEmpty())
            .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
            .toList();
    if (resources.isEmpty()) {
      return Map.of();
    }
    Map<ConfigResource, Config> current = await(admin.describeConfigs(resources).all());
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
    Map<String, Map<String, String>> changed = new LinkedHashMap<>();
    for (ConfigResource resource : resources) {
      Map<String, String> wanted = settings.configOf(resource.name());
      Map<String, String> differing = new LinkedHashMap<>();
      wanted.forEach(
          (name, value) -> {
            ConfigEntry entry = current.get(resource).get(name);
            if (entry == null || !value.equals(entry.value())) {
              differing.put(name, value);
            }
          });
      if (!differing.isEmpty()) {
        changed.put(resource.name(), differing);
        changes.put(
            resource,
            differing.entrySet().stream()
                .map(
                    e ->
                        new AlterConfigOp(
                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList());
      }
    }
    if (!changes.isEmpty()) {
      await(admin.incrementalAlterConfigs(changes).all());
    }
    return changed;
  }

  private static <T> T await(KafkaFuture<T> future)
      throws ExecutionException, InterruptedException, TimeoutException {
    return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
