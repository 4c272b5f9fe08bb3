package io.finnexus.schemas.codec;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} pairing {@link AvroSerializer} and {@link AvroDeserializer} over one codec.
 * Stateless and thread-safe; {@code configure} and {@code close} do nothing.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final AvroCodec<T> codec;
  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  /** A serde reading and writing with {@code codec}. */
  public AvroSerde(AvroCodec<T> codec) {
    this.codec = codec;
    this.serializer = new AvroSerializer<>(codec);
    this.deserializer = new AvroDeserializer<>(codec);
  }

  /** The codec underneath, for engines (Flink) that adapt it themselves. */
  public AvroCodec<T> codec() {
    return codec;
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
