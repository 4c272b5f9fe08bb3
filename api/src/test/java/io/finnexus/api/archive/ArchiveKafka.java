package io.finnexus.api.archive;

import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.topic.TopicNames;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Offsets of the scored-transactions topic, and rewinding the archive's consumer group. */
final class ArchiveKafka {

  /** An offset per partition. */
  record Offsets(Map<TopicPartition, Long> byPartition) {}

  private ArchiveKafka() {}

  /** The end offset of every partition of the topic now. */
  static Offsets endOffsets() {
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      IntStream.range(0, TopicNames.DEFAULT_PARTITIONS)
          .forEach(
              p ->
                  latest.put(
                      new TopicPartition(TopicNames.SCORED_TRANSACTIONS, p), OffsetSpec.latest()));
      Map<TopicPartition, Long> offsets = new HashMap<>();
      admin.listOffsets(latest).all().get().forEach((tp, info) -> offsets.put(tp, info.offset()));
      return new Offsets(offsets);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot read the end offsets", e);
    }
  }

  /**
   * Sets the committed offsets of {@code groupId} back to {@code offsets}: what a consumer that
   * died after its database commit and before its offset commit would see again. The group must
   * have no active member.
   */
  static void rewind(String groupId, Offsets offsets) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    offsets.byPartition().forEach((tp, o) -> committed.put(tp, new OffsetAndMetadata(o)));
    try (Admin admin = admin()) {
      admin.alterConsumerGroupOffsets(groupId, committed).all().get();
    }
  }

  private static Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            EmbeddedServers.kafka().bootstrapServers()));
  }
}
