package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.generate.TrafficGenerator;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCsvRoundTripTest {
  @TempDir Path dir;

  @Test
  void generated_rows_read_back_identical_with_labels_and_no_rejects() throws Exception {
    List<LabelledTransaction> rows =
        new ArrayList<>(
            new TrafficGenerator(200, 10, 3, LocalDate.of(2026, 1, 1)).generate(null).rows());
    rows.add(awkward());
    Path file = dir.resolve("round.csv");
    try (GeneratedCsvWriter writer = GeneratedCsvWriter.open(file)) {
      for (LabelledTransaction row : rows) {
        writer.write(row);
      }
    }

    Collected read = Collected.from(new GeneratedCsvSource(file));

    assertThat(read.rejects).isEmpty();
    assertThat(read.rows).containsExactlyElementsOf(rows);
  }

  /** Quotes, commas, sub-cent amounts and millisecond times survive the trip. */
  private static LabelledTransaction awkward() {
    Transaction tx =
        Transaction.newBuilder()
            .setTransactionId("T-awkward")
            .setEventTime(Instant.parse("2026-01-05T10:00:00.123Z"))
            .setAccountId("A,1")
            .setCustomerId("C\"1")
            .setDirection(io.finnexus.schemas.avro.Direction.CREDIT)
            .setCounterpartyAccountId("X")
            .setCounterpartyName("Smith, \"Bob\"")
            .setAmount(new BigDecimal("0.1234"))
            .setCurrency("EUR")
            .setChannel(io.finnexus.schemas.avro.Channel.OTHER)
            .setMemo("a memo, with comma")
            .build();
    return new LabelledTransaction(tx, true, true, Typology.SANCTIONS_HIT);
  }
}
