package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AmlWorldSourceTest {
  private static Path fixture() throws Exception {
    return Path.of(AmlWorldSourceTest.class.getResource("/ingest/amlworld-sample.csv").toURI());
  }

  @Test
  void maps_rows_to_debits_of_the_payer_with_iso_currencies_channels_and_labels() throws Exception {
    Collected read = Collected.from(new AmlWorldSource(fixture()));

    assertThat(read.rows).hasSize(12);
    assertThat(read.rows.stream().filter(r -> r.laundering()).count()).isEqualTo(3);
    Transaction wire =
        read.rows.stream()
            .map(r -> r.transaction())
            .filter(tx -> tx.getAccountId().equals("8001274E0"))
            .findFirst()
            .orElseThrow();
    assertThat(wire.getCounterpartyAccountId()).isEqualTo("8000F56E0");
    assertThat(wire.getAmount()).isEqualByComparingTo(new BigDecimal("13790.76"));
    assertThat(wire.getCurrency()).isEqualTo("USD");
    assertThat(wire.getChannel()).isEqualTo(Channel.WIRE);
    assertThat(wire.getEventTime()).isEqualTo(Instant.parse("2022-09-01T01:04:00Z"));
    assertThat(read.rows)
        .extracting(r -> r.transaction().getCurrency())
        .contains("EUR", "GBP", "INR", "JPY");
  }

  @Test
  void bitcoin_rows_are_rejected_as_not_iso_4217_with_their_line() throws Exception {
    Collected read = Collected.from(new AmlWorldSource(fixture()));

    assertThat(read.rejects)
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10L, RejectReason.CURRENCY_NOT_ISO_4217));
  }
}
