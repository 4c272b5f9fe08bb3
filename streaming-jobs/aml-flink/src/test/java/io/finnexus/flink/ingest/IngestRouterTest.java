package io.finnexus.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.bench.SyntheticTraffic;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.serde.TransactionParser;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.movement.LedgerMode;
import java.time.Clock;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestRouterTest {
  final TransactionParser parser =
      new TransactionParser(LedgerMode.SINGLE_ENTRY, Clock.systemUTC());
  final SyntheticTraffic traffic = new SyntheticTraffic(1, 10, 60_000);
  OneInputStreamOperatorTestHarness<ParsedTransaction, ParsedTransaction> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new IngestRouter()));
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  @Test
  void routesValidRejectedAndLateRecordsApart() throws Exception {
    ParsedTransaction early = valid(0);
    ParsedTransaction onTime = valid(100);
    ParsedTransaction garbage = parser.parse(null, new byte[] {1, 2, 3}, "t-0@7", 5L);

    harness.processElement(new StreamRecord<>(onTime, onTime.eventTime));
    harness.processWatermark(onTime.eventTime - 1);
    harness.processElement(new StreamRecord<>(early, early.eventTime));
    harness.processElement(new StreamRecord<>(garbage, 5L));

    assertThat(harness.extractOutputValues()).extracting(p -> p.source).containsExactly("gen@100");
    assertThat(harness.getSideOutput(IngestRouter.LATE))
        .extracting(r -> r.getValue().source)
        .containsExactly("gen@0");
    assertThat(harness.getSideOutput(IngestRouter.DEAD_LETTERS))
        .extracting(r -> FinNexusSerdes.deadLetterCodec().decode(r.getValue().deadLetter))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getReasonCode()).isEqualTo("UNDECODABLE");
              assertThat(d.getSource()).isEqualTo("t-0@7");
            });
  }

  private ParsedTransaction valid(long i) {
    return parser.parse(
        null, FinNexusSerdes.transactionCodec().encode(traffic.transaction(i)), "gen@" + i, 0L);
  }
}
