package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.statement.StatementFormatException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the breaks of the day, one by one. On {@link #open} it runs the reconciliation; on a
 * restart it runs it again (same ledger, same archive: same breaks in the same order) and skips the
 * breaks already committed, whose count it keeps in the step's execution context under {@value
 * #NAME}{@code .read}. The report figures go to the context too ({@link #FIGURE_KEYS}), promoted to
 * the job for the report step.
 */
public class BreakReader implements ItemStreamReader<KeyedBreak> {

  public static final String NAME = "reconciliationBreakReader";
  static final String READ = NAME + ".read";
  static final String RUN_DATE = "reconciliation.runDate";
  static final String SOURCE = "reconciliation.ledgerSource";
  static final String LEDGER = "reconciliation.ledgerEntries";
  static final String MONITORED = "reconciliation.monitoredTransactions";
  static final String BY_REFERENCE = "reconciliation.matchedByReference";
  static final String BY_FALLBACK = "reconciliation.matchedByFallback";
  static final String[] FIGURE_KEYS = {
    RUN_DATE, SOURCE, LEDGER, MONITORED, BY_REFERENCE, BY_FALLBACK
  };

  private final ReconciliationDay day;
  private final Path ledger;
  private final LocalDate runDate;
  private List<KeyedBreak> breaks;
  private ReconciliationFigures figures;
  private int next;

  public BreakReader(ReconciliationDay day, Path ledger, LocalDate runDate) {
    this.day = day;
    this.ledger = ledger;
    this.runDate = runDate;
  }

  @Override
  public void open(ExecutionContext context) {
    try {
      ReconciliationDay.Outcome outcome = day.run(ledger, runDate);
      breaks = outcome.breaks();
      figures = outcome.figures();
    } catch (StatementFormatException e) {
      throw new ItemStreamException(e.getMessage(), e);
    }
    next = (int) Math.min(context.getLong(READ, 0L), breaks.size());
  }

  @Override
  public KeyedBreak read() {
    return next < breaks.size() ? breaks.get(next++) : null;
  }

  @Override
  public void update(ExecutionContext context) {
    context.putLong(READ, next);
    if (figures != null) {
      context.putString(RUN_DATE, figures.runDate().toString());
      context.putString(SOURCE, figures.ledgerSource());
      context.putLong(LEDGER, figures.ledgerEntries());
      context.putLong(MONITORED, figures.monitoredTransactions());
      context.putLong(BY_REFERENCE, figures.matchedByReference());
      context.putLong(BY_FALLBACK, figures.matchedByFallback());
    }
  }

  @Override
  public void close() {
    breaks = null;
  }
}
