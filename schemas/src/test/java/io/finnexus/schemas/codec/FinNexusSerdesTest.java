package io.finnexus.schemas.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.schemas.topic.TopicNames;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FinNexusSerdesTest {

  static Stream<Arguments> serdesWithARecord() {
    return Stream.of(
        Arguments.of(TopicNames.TRANSACTIONS, FinNexusSerdes.transaction(), Samples.transaction()),
        Arguments.of(
            TopicNames.SCORED_TRANSACTIONS,
            FinNexusSerdes.scoredTransaction(),
            Samples.scoredTransaction()),
        Arguments.of(TopicNames.ALERTS, FinNexusSerdes.alert(), Samples.alert()),
        Arguments.of(TopicNames.MODEL_EVENTS, FinNexusSerdes.modelEvent(), Samples.modelEvent()),
        Arguments.of(
            TopicNames.TRANSACTIONS_DLQ, FinNexusSerdes.deadLetter(), Samples.deadLetter()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serdesWithARecord")
  <T extends SpecificRecord> void serdeReadsBackWhatItWrote(
      String topic, AvroSerde<T> serde, T record) {
    byte[] bytes = serde.serializer().serialize(topic, record);

    assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serdesWithARecord")
  <T extends SpecificRecord> void codecReadsBackWhatItWrote(
      String topic, AvroSerde<T> serde, T record) {
    AvroCodec<T> codec = serde.codec();

    assertThat(codec.decode(codec.encode(record))).isEqualTo(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serdesWithARecord")
  <T extends SpecificRecord> void tombstonesStayNull(String topic, AvroSerde<T> serde, T record) {
    assertThat(serde.serializer().serialize(topic, null)).isNull();
    assertThat(serde.deserializer().deserialize(topic, null)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serdesWithARecord")
  <T extends SpecificRecord> void badBytesRaiseKafkasSerializationException(
      String topic, AvroSerde<T> serde, T record) {
    assertThatThrownBy(() -> serde.deserializer().deserialize(topic, new byte[] {1, (byte) 0xff}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining(topic);
  }
}
