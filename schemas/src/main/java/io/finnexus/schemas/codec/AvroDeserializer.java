package io.finnexus.schemas.codec;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka {@link Deserializer} over an {@link AvroCodec}. Bad bytes raise Kafka's {@link
 * SerializationException} so the engine's deserialization-error handler decides (log and skip, or
 * dead-letter). For the untrusted {@code transactions} topic prefer reading raw bytes and running
 * {@code TransactionValidator}, which never throws. A null payload (tombstone) reads as null.
 *
 * @param <T> the generated record class
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

  private final AvroCodec<T> codec;

  /** A deserializer reading with {@code codec}. */
  public AvroDeserializer(AvroCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return codec.decode(data);
    } catch (CodecException e) {
      throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
    }
  }
}
