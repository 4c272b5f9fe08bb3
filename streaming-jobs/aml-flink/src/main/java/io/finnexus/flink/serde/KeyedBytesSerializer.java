package io.finnexus.flink.serde;

import io.finnexus.schemas.trace.TraceHeaders;
import java.nio.charset.StandardCharsets;
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
  private final TraceParent<T> traceparent;

  /** The record's W3C {@code traceparent}, sent as a header when not null. */
  public interface TraceParent<T> extends Function<T, String>, java.io.Serializable {}

  public KeyedBytesSerializer(String topic, Part<T> key, Part<T> value) {
    this(topic, key, value, t -> null);
  }

  public KeyedBytesSerializer(
      String topic, Part<T> key, Part<T> value, TraceParent<T> traceparent) {
    this.topic = topic;
    this.key = key;
    this.value = value;
    this.traceparent = traceparent;
  }

  @Override
  public void open(
      SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {}

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T element, KafkaSinkContext context, Long timestamp) {
    var record =
        new ProducerRecord<>(topic, null, timestamp, key.apply(element), value.apply(element));
    String trace = traceparent.apply(element);
    if (trace != null) {
      record.headers().add(TraceHeaders.TRACEPARENT, trace.getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }
}
