package io.finnexus.schemas.codec;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka {@link Serializer} over an {@link AvroCodec}: works for plain producers, Kafka Streams and
 * anything else that speaks kafka-clients. A null record is written as null (a tombstone).
 *
 * @param <T> the generated record class
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

  private final AvroCodec<T> codec;

  /** A serializer writing with {@code codec}. */
  public AvroSerializer(AvroCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    try {
      return codec.encode(record);
    } catch (CodecException e) {
      throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
    }
  }
}
