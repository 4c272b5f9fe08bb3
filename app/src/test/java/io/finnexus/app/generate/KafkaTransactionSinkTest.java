package io.finnexus.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaTransactionSinkTest {
  @Test
  void produces_binary_avro_keyed_by_account_to_the_topic() throws Exception {
    List<LabelledTransaction> rows =
        new TrafficGenerator(60, 2, 5, LocalDate.of(2026, 1, 1)).generate(null).rows();
    MockProducer<String, byte[]> producer =
        new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    try (KafkaTransactionSink sink = new KafkaTransactionSink(producer, "transactions", 0)) {
      for (LabelledTransaction row : rows) {
        sink.send(row.transaction());
      }
    }

    List<ProducerRecord<String, byte[]>> sent = producer.history();
    assertThat(sent).hasSize(rows.size());
    SpecificDatumReader<Transaction> reader = new SpecificDatumReader<>(Transaction.class);
    for (int i = 0; i < sent.size(); i++) {
      ProducerRecord<String, byte[]> record = sent.get(i);
      Transaction decoded =
          reader.read(null, DecoderFactory.get().binaryDecoder(record.value(), null));
      assertThat(record.topic()).isEqualTo("transactions");
      assertThat(record.key()).isEqualTo(decoded.getAccountId());
      assertThat(decoded).isEqualTo(rows.get(i).transaction());
    }
  }
}
