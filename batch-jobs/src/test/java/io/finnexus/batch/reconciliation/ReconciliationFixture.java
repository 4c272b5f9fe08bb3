package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.EntryDirection;
import io.finnexus.batch.statement.EntryReferences;
import io.finnexus.batch.statement.StatementEntry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded day of ledger entries and monitored transactions that agree, except for {@code
 * breaksPerKind} planted breaks of every kind. About 5% of the pairs carry no reference on the
 * ledger side and are shifted by up to the tolerance in days, so they only match through the
 * fallback.
 */
public final class ReconciliationFixture {

  /** A planted break: its kind and the transaction id it is about. */
  public record Planted(BreakKind kind, String reference) {}

  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF", "JPY"};

  /** The first value date of the generated day. */
  public static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  public final List<StatementEntry> ledger = new ArrayList<>();
  public final List<MonitoredTransaction> monitored = new ArrayList<>();
  public final Set<Planted> planted = new HashSet<>();

  /** A ledger of {@code ledgerSize} entries (duplicates included) with the planted breaks. */
  public static ReconciliationFixture generate(long seed, int ledgerSize, int breaksPerKind) {
    ReconciliationFixture fixture = new ReconciliationFixture();
    Random random = new Random(seed);
    int ledgerDuplicates = (breaksPerKind + 1) / 2;
    int pairs = ledgerSize + breaksPerKind - ledgerDuplicates;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int[] position = new int[pairs];
    for (int p = 0; p < pairs; p++) {
      position[order.get(p)] = p;
    }
    // The pairs shuffled to positions [0, 5k) are planted, k per break kind; the rest are clean.
    int k = breaksPerKind;
    int kinds = BreakKind.values().length;
    for (int i = 0; i < pairs; i++) {
      int group = position[i] < kinds * k ? position[i] / k : -1;
      fixture.addPair(i, random, group, ledgerDuplicates);
    }
    return fixture;
  }

  private void addPair(int i, Random random, int group, int ledgerDuplicates) {
    String tx = "TX-" + i;
    boolean referenceless = group < 0 && random.nextInt(20) == 0;
    boolean plantedMissing = group == 0 || group == 1;
    String account = plantedMissing ? "ACC-PLANTED-" + i : "ACC-" + random.nextInt(5_000);
    String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
    long amount = 1 + random.nextInt(5_000_000);
    EntryDirection direction = random.nextBoolean() ? EntryDirection.CREDIT : EntryDirection.DEBIT;
    LocalDate valueDate = DAY.plusDays(random.nextInt(3));
    int shift = referenceless ? random.nextInt(5) - 2 : 0;
    EntryReferences refs =
        referenceless ? EntryReferences.NONE : new EntryReferences("E2E-" + i, null, tx, null);
    StatementEntry entry =
        new StatementEntry(
            "L-" + i, "S", account, valueDate, valueDate, amount, currency, direction, "BOOK", refs,
            null, null, null);
    MonitoredTransaction seen =
        new MonitoredTransaction(
            tx,
            account,
            amount,
            currency,
            direction,
            valueDate.plusDays(shift).atTime(random.nextInt(24), 7).toInstant(ZoneOffset.UTC),
            referenceless ? null : "E2E-" + i);
    switch (group) {
      case 0 -> plant(BreakKind.MISSING_IN_MONITORING, tx, entry, null);
      case 1 -> plant(BreakKind.MISSING_IN_LEDGER, tx, null, seen);
      case 2 ->
          plant(
              BreakKind.AMOUNT_MISMATCH,
              tx,
              entry,
              withAmount(seen, amount + 1 + random.nextInt(99)));
      case 3 -> plant(BreakKind.CURRENCY_MISMATCH, tx, entry, withCurrency(seen, currency));
      case 4 -> plantDuplicate(tx, entry, seen, ledgerDuplicates);
      default -> plant(null, tx, entry, seen);
    }
  }

  private void plantDuplicate(String tx, StatementEntry e, MonitoredTransaction t, int inLedger) {
    long alreadyInLedger = planted.stream().filter(p -> p.kind() == BreakKind.DUPLICATE).count();
    plant(BreakKind.DUPLICATE, tx, e, t);
    if (alreadyInLedger < inLedger) {
      ledger.add(
          new StatementEntry(
              e.entryId() + "-again",
              e.statementId(),
              e.accountId(),
              e.bookingDate(),
              e.valueDate(),
              e.amountMinor(),
              e.currency(),
              e.direction(),
              e.status(),
              e.references(),
              null,
              null,
              null));
    } else {
      monitored.add(t);
    }
  }

  private void plant(BreakKind kind, String tx, StatementEntry e, MonitoredTransaction t) {
    if (kind != null) {
      planted.add(new Planted(kind, tx));
    }
    if (e != null) {
      ledger.add(e);
    }
    if (t != null) {
      monitored.add(t);
    }
  }

  private static MonitoredTransaction withAmount(MonitoredTransaction t, long amount) {
    return new MonitoredTransaction(
        t.transactionId(),
        t.accountId(),
        amount,
        t.currency(),
        t.direction(),
        t.eventTime(),
        t.reference());
  }

  private static MonitoredTransaction withCurrency(MonitoredTransaction t, String currency) {
    String other = currency.equals("EUR") ? "SEK" : "EUR";
    return new MonitoredTransaction(
        t.transactionId(),
        t.accountId(),
        t.amountMinor(),
        other,
        t.direction(),
        t.eventTime(),
        t.reference());
  }
}
