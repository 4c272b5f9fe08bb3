package io.finnexus.api.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert intake settings ({@code finnexus.intake.*}).
 *
 * @param enabled consume the alerts topic at all
 * @param bootstrapServers Kafka bootstrap servers
 * @param topic the alerts topic (default {@code alerts}, TopicNames.ALERTS)
 * @param groupId consumer group; every API instance shares it, so each alert is stored once
 * @param maxPollRecords records per poll and per database transaction
 * @param pollTimeout how long one poll waits for records
 */
@ConfigurationProperties("finnexus.intake")
public record IntakeProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("localhost:9092") String bootstrapServers,
    @DefaultValue("alerts") String topic,
    @DefaultValue("finnexus-api-alert-store") String groupId,
    @DefaultValue("500") int maxPollRecords,
    @DefaultValue("500ms") Duration pollTimeout) {}
