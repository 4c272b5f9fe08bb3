package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.reconciliation.Break;
import io.finnexus.batch.reconciliation.BreakKind;
import io.finnexus.batch.reconciliation.MonitoredTransaction;
import io.finnexus.batch.reconciliation.ReconciliationConfig;
import io.finnexus.batch.reconciliation.ReconciliationEngine;
import io.finnexus.batch.reconciliation.ReconciliationResult;
import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.StatementEntry;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One day's reconciliation, computed in memory (the engine is hash joins, about 3 s for 1 M × 1 M).
 *
 * <p>The day is the span of the ledger's booking and value dates. Monitored transactions are loaded
 * from that span widened by the engine's date tolerance, so that date-shifted pairs still match; a
 * monitored transaction left unmatched in the widened margin belongs to a neighbouring day's ledger
 * and is not reported as missing here.
 */
public final class ReconciliationDay {

  private final StatementParser parser = new StatementParser();
  private final MonitoredTransactionDao monitored;
  private final ReconciliationConfig config;

  public ReconciliationDay(MonitoredTransactionDao monitored, ReconciliationConfig config) {
    this.monitored = monitored;
    this.config = config;
  }

  /** What a run found: keyed breaks in a stable order, and the report figures. */
  public record Outcome(List<KeyedBreak> breaks, ReconciliationFigures figures) {}

  /**
   * Reconciles {@code ledger}; {@code runDate} may be {@code null} (then the latest booking date).
   *
   * @throws StatementFormatException if the ledger cannot be read
   */
  public Outcome run(Path ledger, LocalDate runDate) throws StatementFormatException {
    ParsedStatement statement = parser.parse(ledger);
    List<StatementEntry> entries = statement.entries();
    LocalDate first = dates(entries).min(LocalDate::compareTo).orElse(runDate);
    LocalDate last = dates(entries).max(LocalDate::compareTo).orElse(runDate);
    if (first == null) {
      throw new IllegalArgumentException("empty ledger: give the job parameter 'date'");
    }
    int tolerance = config.dateToleranceDays();
    List<MonitoredTransaction> seen =
        monitored.between(
            first.minusDays(tolerance).atStartOfDay(config.zone()).toInstant(),
            last.plusDays(1 + tolerance).atStartOfDay(config.zone()).toInstant());
    ReconciliationResult result = new ReconciliationEngine(config).reconcile(entries, seen);
    Map<String, LocalDate> dayOf = new HashMap<>();
    long ofTheDay = 0;
    for (MonitoredTransaction t : seen) {
      LocalDate day = t.eventTime().atZone(config.zone()).toLocalDate();
      dayOf.putIfAbsent(t.transactionId(), day);
      ofTheDay += day.isBefore(first) || day.isAfter(last) ? 0 : 1;
    }
    List<KeyedBreak> breaks = keyed(result.breaks(), dayOf, first, last);
    ReconciliationFigures figures =
        new ReconciliationFigures(
            runDate != null ? runDate : last,
            ledger.getFileName() + " (" + statement.format() + ")",
            entries.size(),
            ofTheDay,
            result.summary().matchedByReference(),
            result.summary().matchedByFallback());
    return new Outcome(breaks, figures);
  }

  private static List<KeyedBreak> keyed(
      List<Break> breaks, Map<String, LocalDate> dayOf, LocalDate first, LocalDate last) {
    Map<String, Integer> repeats = new HashMap<>();
    List<KeyedBreak> keyed = new ArrayList<>(breaks.size());
    for (Break b : breaks) {
      if (b.kind() == BreakKind.MISSING_IN_LEDGER) {
        LocalDate day = dayOf.get(b.monitoredTransactionId());
        if (day != null && (day.isBefore(first) || day.isAfter(last))) {
          continue;
        }
      }
      String base = KeyedBreak.baseKey(b);
      int n = repeats.merge(base, 1, Integer::sum);
      keyed.add(new KeyedBreak(n == 1 ? base : base + "#" + n, b));
    }
    return keyed;
  }

  private static Stream<LocalDate> dates(List<StatementEntry> entries) {
    return entries.stream()
        .flatMap(e -> Stream.of(e.bookingDate(), e.valueDate()))
        .filter(Objects::nonNull);
  }
}
