package io.finnexus.flink.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.bench.SyntheticTraffic;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.movement.LedgerMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class TransactionParserTest {
  final SyntheticTraffic traffic = new SyntheticTraffic(3, 50, 60_000);

  @Test
  void aTransferBetweenMonitoredAccountsBecomesTwoLegsInSingleEntryFeeds() {
    Transaction tx = traffic.transaction(10); // planted: P0-A pays P0-B
    ParsedTransaction p =
        parse(LedgerMode.SINGLE_ENTRY, FinNexusSerdes.transactionCodec().encode(tx));

    assertThat(p.isValid()).isTrue();
    assertThat(p.eventTime).isEqualTo(tx.getEventTime().toEpochMilli());
    assertThat(p.legs).extracting(m -> m.account()).containsExactly("P0-A", "P0-B");
    assertThat(p.legs[1].inbound()).isTrue();
    assertThat(p.counterpartyName).isEqualTo("Customer P0-B");
  }

  @Test
  void doubleEntryFeedsKeepOneLeg() {
    byte[] bytes = FinNexusSerdes.transactionCodec().encode(traffic.transaction(10));
    assertThat(parse(LedgerMode.DOUBLE_ENTRY, bytes).legs).hasSize(1);
  }

  @Test
  void anInvalidTransactionBecomesADeadLetterWithItsReasonAndRawBytes() {
    Transaction bad = Transaction.newBuilder(traffic.transaction(10)).setCurrency("XXQ").build();
    byte[] raw = FinNexusSerdes.transactionCodec().encode(bad);
    byte[] key = "P0-A".getBytes(StandardCharsets.UTF_8);

    ParsedTransaction p =
        new TransactionParser(LedgerMode.SINGLE_ENTRY, Clock.systemUTC())
            .parse(key, raw, "transactions-2@41", 99L);

    assertThat(p.isValid()).isFalse();
    assertThat(p.eventTime).isEqualTo(99L);
    DeadLetter d = FinNexusSerdes.deadLetterCodec().decode(p.deadLetter);
    assertThat(d.getReasonCode()).isEqualTo("UNKNOWN_CURRENCY");
    assertThat(d.getSource()).isEqualTo("transactions-2@41");
    assertThat(d.getRawValue().array()).isEqualTo(raw);
  }

  @Test
  void amountsBecomeMinorUnitsExactly() {
    Transaction tx =
        Transaction.newBuilder(traffic.transaction(10))
            .setAmount(new BigDecimal("12345.6700"))
            .build();
    ParsedTransaction p =
        parse(LedgerMode.SINGLE_ENTRY, FinNexusSerdes.transactionCodec().encode(tx));
    assertThat(p.ownLeg().amountMinor()).isEqualTo(1_234_567L);
  }

  private static ParsedTransaction parse(LedgerMode mode, byte[] bytes) {
    return new TransactionParser(mode, Clock.systemUTC()).parse(null, bytes, "test", 0L);
  }
}
