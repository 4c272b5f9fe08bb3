package io.finnexus.flink;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.flink.serde.KeyedBytesSerializer;
import io.finnexus.flink.serde.RuleUpdateDeserializer;
import io.finnexus.flink.serde.TransactionDeserializer;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production sources and sinks: Kafka topics from {@link TopicNames}, exactly-once
 * (transactional) sinks whose transaction timeout exceeds the checkpoint interval, consumers that
 * read only committed records and start from the committed group offsets (earliest on first run).
 */
public final class KafkaWiring {
  /** Valid transactions that arrived behind the watermark, raw bytes, for a replay. */
  public static final String LATE_TOPIC = TopicNames.TRANSACTIONS_LATE;

  private KafkaWiring() {}

  public static KafkaSource<ParsedTransaction> transactionsSource(JobSettings s) {
    var builder = KafkaSource.<ParsedTransaction>builder();
    KafkaClientSecurity.fromEnvironment().forEach(builder::setProperty);
    return builder
        .setBootstrapServers(s.bootstrap())
        .setTopics(TopicNames.TRANSACTIONS)
        .setGroupId(s.groupId())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new TransactionDeserializer(s.ledgerMode()))
        .setProperty("isolation.level", "read_committed")
        .build();
  }

  public static KafkaSource<RuleUpdate> rulesSource(JobSettings s) {
    var builder = KafkaSource.<RuleUpdate>builder();
    KafkaClientSecurity.fromEnvironment().forEach(builder::setProperty);
    return builder
        .setBootstrapServers(s.bootstrap())
        .setTopics(TopicNames.MODEL_EVENTS)
        .setGroupId(s.groupId() + "-rules")
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setDeserializer(new RuleUpdateDeserializer())
        .setProperty("isolation.level", "read_committed")
        .build();
  }

  public static KafkaSink<AlertRecord> alertsSink(JobSettings s) {
    return alertsSink(s, TopicNames.ALERTS);
  }

  /** Alerts to {@code topic}, key = alert id (the alert store's upsert key). */
  public static KafkaSink<AlertRecord> alertsSink(JobSettings s, String topic) {
    return sink(
        s,
        "alerts",
        new KeyedBytesSerializer<AlertRecord>(
            topic,
            a -> a.alertId.getBytes(StandardCharsets.UTF_8),
            a -> a.avro,
            a -> a.traceparent));
  }

  public static KafkaSink<ParsedTransaction> deadLetterSink(JobSettings s) {
    return sink(
        s,
        "dlq",
        new KeyedBytesSerializer<ParsedTransaction>(
            TopicNames.TRANSACTIONS_DLQ, p -> p.key, p -> p.deadLetter, p -> p.traceparent));
  }

  public static KafkaSink<ParsedTransaction> lateSink(JobSettings s) {
    return sink(
        s,
        "late",
        new KeyedBytesSerializer<ParsedTransaction>(
            LATE_TOPIC, p -> p.key, p -> p.raw, p -> p.traceparent));
  }

  private static <T> KafkaSink<T> sink(
      JobSettings s, String name, KeyedBytesSerializer<T> serializer) {
    var builder = KafkaSink.<T>builder();
    KafkaClientSecurity.fromEnvironment().forEach(builder::setProperty);
    return builder
        .setBootstrapServers(s.bootstrap())
        .setRecordSerializer(serializer)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(s.transactionalIdPrefix() + "-" + name)
        .setProperty("transaction.timeout.ms", Long.toString(s.transactionTimeout().toMillis()))
        .build();
  }
}
