package io.finnexus.api.archive;

import io.finnexus.batch.archive.ArchiveProgress;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The archive's progress for the reconciliation job, from Kafka: produced = the scored-transactions
 * topic's end offsets (read_committed: the last stable offset, as the archiver reads), archived =
 * the archiver's consumer-group committed offsets, which it commits only after its database commit.
 * Read with one Admin client, opened on first use.
 */
@Component
public class KafkaArchiveProgress implements ArchiveProgress, DisposableBean {

  private static final long TIMEOUT_SECONDS = 30;

  private final ArchiveProperties props;
  private Admin admin;

  KafkaArchiveProgress(ArchiveProperties props) {
    this.props = props;
  }

  @Override
  public String source() {
    return props.topic()
        + " (consumer group "
        + props.groupId()
        + ") at "
        + props.bootstrapServers();
  }

  @Override
  public Map<String, Long> produced() {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    TopicDescription topic;
    try {
      topic =
          get(admin().describeTopics(java.util.List.of(props.topic())).allTopicNames())
              .get(props.topic());
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return Map.of(); // nothing was ever produced to it
      }
      throw e;
    }
    topic
        .partitions()
        .forEach(
            p -> latest.put(new TopicPartition(props.topic(), p.partition()), OffsetSpec.latest()));
    Map<String, Long> produced = new HashMap<>();
    get(admin().listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
        .forEach((tp, info) -> produced.put(tp.toString(), info.offset()));
    return produced;
  }

  @Override
  public Map<String, Long> archived() {
    Map<String, Long> archived = new HashMap<>();
    get(admin().listConsumerGroupOffsets(props.groupId()).partitionsToOffsetAndMetadata())
        .forEach(
            (tp, offset) -> {
              if (offset != null && tp.topic().equals(props.topic())) {
                archived.put(tp.toString(), offset.offset());
              }
            });
    return archived;
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              KafkaClientSecurity.with(
                  Map.of(
                      AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                      props.bootstrapServers(),
                      AdminClientConfig.CLIENT_ID_CONFIG,
                      "finnexus-archive-progress",
                      AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                      30_000,
                      AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                      10_000)));
    }
    return admin;
  }

  private <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "cannot read the archive's Kafka offsets of "
              + source()
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "cannot read the archive's Kafka offsets of " + source() + ": no answer in 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading Kafka offsets", e);
    }
  }

  @Override
  public synchronized void destroy() {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }
}
