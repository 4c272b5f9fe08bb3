package io.finnexus.flink.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TransactionDeserializerTest {

  @Test
  void aTombstoneYieldsNothingWhileAKeylessNullIsStillADeadLetter() throws Exception {
    var deserializer = new TransactionDeserializer(LedgerMode.DOUBLE_ENTRY);
    List<ParsedTransaction> out = new ArrayList<>();
    Collector<ParsedTransaction> collector =
        new Collector<>() {
          @Override
          public void collect(ParsedTransaction record) {
            out.add(record);
          }

          @Override
          public void close() {}
        };

    deserializer.deserialize(
        new ConsumerRecord<>(
            "transactions", 0, 7L, "ACC-1".getBytes(StandardCharsets.UTF_8), (byte[]) null),
        collector);
    assertThat(out).as("tombstone").isEmpty();

    deserializer.deserialize(
        new ConsumerRecord<>("transactions", 0, 8L, (byte[]) null, (byte[]) null), collector);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).deadLetter).as("keyless null value").isNotNull();
  }
}
