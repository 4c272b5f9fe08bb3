package io.finnexus.flink.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.sanctions.EntryKey;
import io.finnexus.scoring.sanctions.SanctionedEntry;
import io.finnexus.scoring.sanctions.SanctionsIndex;
import io.finnexus.scoring.sanctions.SanctionsList;
import io.finnexus.scoring.sanctions.SanctionsScreener;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class SanctionsScreeningFunctionTest {

  @Test
  void aPaymentToAListedPartyRaisesOneAlertPerAccountAndParty() throws Exception {
    OneInputStreamOperatorTestHarness<ParsedTransaction, AlertRecord> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            new SanctionsScreeningFunction(SanctionsScreeningFunctionTest::screener));
    harness.processElement(payment("t1", "Aerocaribbean Airlines", Channel.WIRE), 1L);
    harness.processElement(payment("t2", "AEROCARIBBEAN AIRLINES", Channel.WIRE), 2L);
    harness.processElement(payment("t3", "Jane Ordinary", Channel.WIRE), 3L);
    harness.processElement(payment("t4", "Aerocaribbean Airlines", Channel.CARD), 4L);

    List<AlertRecord> alerts = harness.extractOutputValues();
    assertThat(alerts).hasSize(2).extracting(a -> a.typology).containsOnly("SANCTIONS_HIT");
    assertThat(alerts).extracting(a -> a.alertId).containsOnly(alerts.get(0).alertId);
    assertThat(FinNexusSerdes.alertCodec().decode(alerts.get(0).avro).getSummary())
        .contains("OFAC:36");
    harness.close();
  }

  @Test
  void theAlertCarriesTheTraceContextOfTheTransactionThatRaisedIt() throws Exception {
    OneInputStreamOperatorTestHarness<ParsedTransaction, AlertRecord> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            new SanctionsScreeningFunction(SanctionsScreeningFunctionTest::screener));
    ParsedTransaction traced = payment("t1", "Aerocaribbean Airlines", Channel.WIRE);
    traced.traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    harness.processElement(traced, 1L);
    harness.processElement(payment("t2", "Aerocaribbean Airlines", Channel.WIRE), 2L);

    List<AlertRecord> alerts = harness.extractOutputValues();
    // tracing is off in tests: the transaction's context passes on unchanged; none, none
    assertThat(alerts.get(0).traceparent).isEqualTo(traced.traceparent);
    assertThat(alerts.get(1).traceparent).isNull();
    var record =
        new io.finnexus.flink.serde.KeyedBytesSerializer<AlertRecord>(
                "alerts", a -> a.alertId.getBytes(), a -> a.avro, a -> a.traceparent)
            .serialize(alerts.get(0), null, 1L);
    assertThat(new String(record.headers().lastHeader("traceparent").value()))
        .isEqualTo(traced.traceparent);
    harness.close();
  }

  /**
   * The job's own class path loads the real list files (the demo passes them with --sanctions-dir):
   * a dependency version clash once made the list loader throw NoSuchMethodError only in this job.
   */
  @Test
  void theRealListFilesLoadOnTheJobsClassPath() throws Exception {
    java.nio.file.Path lists = null;
    for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        dir != null && lists == null;
        dir = dir.getParent()) {
      java.nio.file.Path candidate = dir.resolve("shared/data/sanctions/watchman");
      java.nio.file.Path sibling = dir.resolve("../shared/data/sanctions/watchman").normalize();
      lists =
          java.nio.file.Files.isDirectory(candidate)
              ? candidate
              : java.nio.file.Files.isDirectory(sibling) ? sibling : null;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(lists != null, "shared/data not found");
    OneInputStreamOperatorTestHarness<ParsedTransaction, AlertRecord> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            SanctionsScreeningFunction.fromDirectory(lists.toString()));
    harness.processElement(payment("t1", "Aerocaribbean Airlines", Channel.WIRE), 1L);
    assertThat(harness.extractOutputValues()).extracting(a -> a.typology).contains("SANCTIONS_HIT");
    harness.close();
  }

  static SanctionsScreener screener() {
    return new SanctionsScreener(
        SanctionsIndex.build(
            List.of(
                new SanctionedEntry(
                    new EntryKey(SanctionsList.OFAC, "36"),
                    "AEROCARIBBEAN AIRLINES",
                    List.of(),
                    "entity",
                    "CUBA",
                    List.of("CU")))));
  }

  private static ParsedTransaction payment(String id, String name, Channel channel) {
    ParsedTransaction p = new ParsedTransaction();
    p.eventTime = 1L;
    p.counterpartyName = name;
    p.legs =
        new Movement[] {
          new Movement(
              id, 1L, "A", "C-A", false, "EXT1", false, "CU", 100_000, "EUR", channel, false)
        };
    return p;
  }
}
