package io.finnexus.batch.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.batch.reconciliation.ReconciliationFixture.Planted;
import io.finnexus.batch.statement.EntryDirection;
import io.finnexus.batch.statement.EntryReferences;
import io.finnexus.batch.statement.StatementEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReconciliationEngineTest {

  private final ReconciliationEngine engine =
      new ReconciliationEngine(ReconciliationConfig.DEFAULTS);

  @Test
  void finds_exactly_the_37_planted_breaks_of_each_kind_in_100k_entries() {
    ReconciliationFixture day = ReconciliationFixture.generate(20250301L, 100_000, 37);

    ReconciliationResult result = engine.reconcile(day.ledger, day.monitored);

    assertThat(day.ledger).hasSize(100_000);
    Set<Planted> found =
        result.breaks().stream()
            .map(b -> new Planted(b.kind(), b.reference()))
            .collect(Collectors.toSet());
    assertThat(result.breaks()).hasSize(5 * 37);
    assertThat(found).isEqualTo(day.planted);
    for (BreakKind kind : BreakKind.values()) {
      assertThat(result.summary().breaksByKind()).containsEntry(kind, 37L);
    }
    assertThat(result.summary().matchedByFallback()).isGreaterThan(4_000);
    assertThat(result.summary().matchedByReference() + result.summary().matchedByFallback())
        .isEqualTo(100_000 - 37 - 37 - 37 - 19);
  }

  @Test
  void duplicates_are_reported_on_the_side_they_occur() {
    ReconciliationFixture day = ReconciliationFixture.generate(7L, 2_000, 5);

    List<Break> duplicates =
        engine.reconcile(day.ledger, day.monitored).breaks().stream()
            .filter(b -> b.kind() == BreakKind.DUPLICATE)
            .toList();

    assertThat(duplicates)
        .extracting(Break::side)
        .containsOnly(BreakSide.LEDGER, BreakSide.MONITORING)
        .filteredOn(side -> side == BreakSide.LEDGER)
        .hasSize(3);
  }

  @Test
  void fallback_matches_within_tolerance_and_not_beyond() {
    StatementEntry entry = ledger("L-1", "ACC-1", 1_000, "2025-03-10");

    ReconciliationResult within =
        engine.reconcile(
            List.of(entry), List.of(seen("T-1", "ACC-1", 1_000, "2025-03-12T23:00:00Z")));
    ReconciliationResult beyond =
        engine.reconcile(
            List.of(entry), List.of(seen("T-1", "ACC-1", 1_000, "2025-03-13T00:30:00Z")));

    assertThat(within.breaks()).isEmpty();
    assertThat(within.summary().matchRate()).isEqualTo(1.0);
    assertThat(beyond.breaks())
        .extracting(Break::kind)
        .containsExactly(BreakKind.MISSING_IN_MONITORING, BreakKind.MISSING_IN_LEDGER);
    assertThat(beyond.summary().breakAmountMinorByKind())
        .containsEntry(BreakKind.MISSING_IN_MONITORING, 1_000L);
  }

  @Test
  void fallback_prefers_the_closest_day() {
    StatementEntry entry = ledger("L-1", "ACC-1", 500, "2025-03-10");
    MonitoredTransaction far = seen("T-far", "ACC-1", 500, "2025-03-08T10:00:00Z");
    MonitoredTransaction near = seen("T-near", "ACC-1", 500, "2025-03-10T10:00:00Z");

    List<Break> breaks = engine.reconcile(List.of(entry), List.of(far, near)).breaks();

    assertThat(breaks).singleElement().extracting(Break::monitoredTransactionId).isEqualTo("T-far");
  }

  @Test
  void direction_disagreement_is_an_amount_mismatch() {
    StatementEntry credit =
        new StatementEntry(
            "L-1",
            "S",
            "ACC-1",
            LocalDate.parse("2025-03-10"),
            null,
            700,
            "EUR",
            EntryDirection.CREDIT,
            "BOOK",
            new EntryReferences(null, null, "T-1", null),
            null,
            null,
            null);
    MonitoredTransaction debit =
        new MonitoredTransaction(
            "T-1",
            "ACC-1",
            700,
            "EUR",
            EntryDirection.DEBIT,
            Instant.parse("2025-03-10T10:00:00Z"),
            null);

    Break only = engine.reconcile(List.of(credit), List.of(debit)).breaks().get(0);

    assertThat(only.kind()).isEqualTo(BreakKind.AMOUNT_MISMATCH);
    assertThat(only.ledgerAmountMinor()).isEqualTo(700L);
    assertThat(only.monitoredAmountMinor()).isEqualTo(-700L);
  }

  @Test
  void notprovided_end_to_end_ids_are_not_treated_as_one_reference() {
    StatementEntry a = withEndToEnd("L-1", 100);
    StatementEntry b = withEndToEnd("L-2", 200);

    ReconciliationResult result =
        engine.reconcile(
            List.of(a, b),
            List.of(
                seen("T-1", "ACC-1", 100, "2025-03-10T09:00:00Z"),
                seen("T-2", "ACC-1", 200, "2025-03-10T09:00:00Z")));

    assertThat(result.breaks()).isEmpty();
    assertThat(result.summary().matchedByFallback()).isEqualTo(2);
  }

  private static StatementEntry withEndToEnd(String id, long amount) {
    return new StatementEntry(
        id,
        "S",
        "ACC-1",
        LocalDate.parse("2025-03-10"),
        null,
        amount,
        "EUR",
        EntryDirection.CREDIT,
        "BOOK",
        new EntryReferences("NOTPROVIDED", null, null, null),
        null,
        null,
        null);
  }

  private static StatementEntry ledger(String id, String account, long amount, String valueDate) {
    return new StatementEntry(
        id,
        "S",
        account,
        null,
        LocalDate.parse(valueDate),
        amount,
        "EUR",
        EntryDirection.CREDIT,
        "BOOK",
        EntryReferences.NONE,
        null,
        null,
        null);
  }

  private static MonitoredTransaction seen(String tx, String account, long amount, String time) {
    return new MonitoredTransaction(
        tx, account, amount, "EUR", EntryDirection.CREDIT, Instant.parse(time), null);
  }
}
