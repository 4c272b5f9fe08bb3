package io.finnexus.flink.serde;

import java.util.function.Function;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A Kafka record serializer for records that already carry their wire bytes (Avro written by the
 * schemas module's codec): picks the key and value with two serializable functions. One class for
 * the {@code alerts}, {@code transactions.dlq} and late-event topics.
 *
 * @param <T> the record type
 */
public final class KeyedBytesSerializer<T> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  /** A serializable function from a record to bytes. */
  public interface Part<T> extends Function<T, byte[]>, java.io.Serializable {}

  private final String topic;
  private final Part<T> key;
  private final Part<T> value;

  public KeyedBytesSerializer(String topic, Part<T> key, Part<T> value) {
    this.topic = topic;
    this.key = key;
    this.value = value;
  }

  @Override
  public void open(
      SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {}

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T element, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(topic, null, timestamp, key.apply(element), value.apply(element));
  }
}
