package io.finnexus.batch.statement;

/**
 * Entry count and the sums of credited and debited minor units.
 *
 * <p>The sums add minor units across currencies as they are (100 EUR cents + 100 JPY = 200): they
 * are a control total for "did every entry arrive", not a balance.
 *
 * @param entries number of entries
 * @param creditsMinor sum of the amounts of credit entries, in minor units
 * @param debitsMinor sum of the amounts of debit entries, in minor units (positive)
 */
public record StatementTotals(long entries, long creditsMinor, long debitsMinor) {

  /**
   * Totals over {@code entries}.
   *
   * @throws ArithmeticException if a sum overflows a long
   */
  public static StatementTotals of(Iterable<StatementEntry> entries) {
    long count = 0;
    long credits = 0;
    long debits = 0;
    for (StatementEntry entry : entries) {
      count++;
      if (entry.direction() == EntryDirection.CREDIT) {
        credits = Math.addExact(credits, entry.amountMinor());
      } else {
        debits = Math.addExact(debits, entry.amountMinor());
      }
    }
    return new StatementTotals(count, credits, debits);
  }

  /** {@code STATEMENT entries=N credits_minor=C debits_minor=D}: the CLI's last line. */
  public String summaryLine() {
    return "STATEMENT entries="
        + entries
        + " credits_minor="
        + creditsMinor
        + " debits_minor="
        + debitsMinor;
  }
}
