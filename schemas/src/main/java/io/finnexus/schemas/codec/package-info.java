/**
 * The wire format of every topic: {@link io.finnexus.schemas.codec.AvroCodec} (format-version byte
 * + Avro binary, no schema registry) and Kafka serdes over it.
 *
 * <p>May import Avro, kafka-clients and the generated records; never Kafka Streams, Flink or
 * Spring, so both engines can use it.
 */
package io.finnexus.schemas.codec;
