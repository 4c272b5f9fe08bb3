package io.finnexus.flink.serde;

import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.codec.CodecException;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads {@code model-events} and keeps the AML rule releases: a {@code ModelEvent} named {@value
 * #RULES_MODEL} at stage CHAMPION whose inline artifact is the thresholds as {@code name=value}
 * lines. Every other event (fraud models, undecodable bytes) is skipped: this topic is trusted and
 * shared, and a model the job does not use is not an error.
 */
public final class RuleUpdateDeserializer implements KafkaRecordDeserializationSchema<RuleUpdate> {
  private static final long serialVersionUID = 1L;

  /** The {@code model_name} of AML threshold releases. */
  public static final String RULES_MODEL = "aml-rules";

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RuleUpdate> out) {
    RuleUpdate update = toUpdate(record.value());
    if (update != null) {
      out.collect(update);
    }
  }

  /** The rule update in a {@code model-events} value, or null when it is not one. */
  public static RuleUpdate toUpdate(byte[] value) {
    ModelEvent event;
    try {
      event = FinNexusSerdes.modelEventCodec().decode(value);
    } catch (CodecException e) {
      return null;
    }
    ByteBuffer artifact = event.getArtifact();
    if (!RULES_MODEL.contentEquals(event.getModelName())
        || event.getStage() != ModelStage.CHAMPION
        || artifact == null) {
      return null;
    }
    byte[] bytes = new byte[artifact.remaining()];
    artifact.duplicate().get(bytes);
    return new RuleUpdate(
        event.getModelVersion().toString(), new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public TypeInformation<RuleUpdate> getProducedType() {
    return TypeInformation.of(RuleUpdate.class);
  }
}
