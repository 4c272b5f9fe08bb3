package io.finnexus.flink.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RuleUpdateDeserializerTest {

  @Test
  void aChampionAmlRuleReleaseIsRead() {
    var update = RuleUpdateDeserializer.toUpdate(event("aml-rules", ModelStage.CHAMPION));
    assertThat(update.version).isEqualTo("7");
    assertThat(update.properties).isEqualTo("structuringMinDeposits=4");
  }

  @Test
  void otherModelsOtherStagesAndGarbageAreSkipped() {
    assertThat(RuleUpdateDeserializer.toUpdate(event("fraud", ModelStage.CHAMPION))).isNull();
    assertThat(RuleUpdateDeserializer.toUpdate(event("aml-rules", ModelStage.SHADOW))).isNull();
    assertThat(RuleUpdateDeserializer.toUpdate(new byte[] {9, 9})).isNull();
  }

  private static byte[] event(String model, ModelStage stage) {
    return FinNexusSerdes.modelEventCodec()
        .encode(
            ModelEvent.newBuilder()
                .setEventId("e1")
                .setModelName(model)
                .setModelId("rules")
                .setModelVersion("7")
                .setStage(stage)
                .setArtifact(
                    ByteBuffer.wrap("structuringMinDeposits=4".getBytes(StandardCharsets.UTF_8)))
                .setOccurredAt(Instant.parse("2025-03-01T00:00:00Z"))
                .build());
  }
}
