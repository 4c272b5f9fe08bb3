package io.finnexus.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.validation.TransactionValidator;
import io.finnexus.schemas.validation.ValidationLimits;
import io.finnexus.schemas.validation.ValidationResult;
import io.finnexus.scoring.LabelledTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaTransactionSinkTest {
  @Test
  void every_produced_record_passes_the_engines_validator_keyed_by_account() throws Exception {
    List<LabelledTransaction> rows =
        new TrafficGenerator(60, 2, 5, LocalDate.of(2026, 1, 1)).generate(null).rows();
    MockProducer<String, byte[]> producer =
        new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    try (KafkaTransactionSink sink = new KafkaTransactionSink(producer, "transactions", 0)) {
      for (LabelledTransaction row : rows) {
        sink.send(row.transaction());
      }
    }

    TransactionValidator validator =
        new TransactionValidator(
            ValidationLimits.defaults().withMaxClockSkew(Duration.ofDays(36_500)),
            Clock.systemUTC());
    List<ProducerRecord<String, byte[]>> sent = producer.history();
    assertThat(sent).hasSize(rows.size());
    for (int i = 0; i < sent.size(); i++) {
      ProducerRecord<String, byte[]> record = sent.get(i);
      ValidationResult result = validator.validate(record.value());
      assertThat(result).isInstanceOf(ValidationResult.Valid.class);
      var decoded = ((ValidationResult.Valid) result).transaction();
      assertThat(record.topic()).isEqualTo("transactions");
      assertThat(record.key()).isEqualTo(decoded.getAccountId());
      assertThat(decoded.getTransactionId())
          .isEqualTo(rows.get(i).transaction().getTransactionId());
      assertThat(decoded.getAmount()).isEqualByComparingTo(rows.get(i).transaction().getAmount());
    }
  }
}
