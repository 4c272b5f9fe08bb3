package io.finnexus.api.archive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transaction archive settings ({@code finnexus.archive.*}).
 *
 * @param enabled consume the scored-transactions topic at all (default true); switch it off where
 *     another process archives, or where no reconciliation runs
 * @param bootstrapServers Kafka bootstrap servers (application.yml: those of the alert intake)
 * @param topic the scored-transactions topic (default {@code scored-transactions},
 *     TopicNames.SCORED_TRANSACTIONS)
 * @param groupId consumer group; every API instance shares it, so each record is archived by one
 * @param maxPollRecords records per poll and per database transaction
 * @param pollTimeout how long one poll waits for records
 */
@ConfigurationProperties("finnexus.archive")
public record ArchiveProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("localhost:9092") String bootstrapServers,
    @DefaultValue("scored-transactions") String topic,
    @DefaultValue("finnexus-api-transaction-archive") String groupId,
    @DefaultValue("500") int maxPollRecords,
    @DefaultValue("500ms") Duration pollTimeout) {}
