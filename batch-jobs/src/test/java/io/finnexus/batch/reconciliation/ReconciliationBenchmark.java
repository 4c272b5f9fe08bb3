package io.finnexus.batch.reconciliation;

/**
 * Prints how long the engine takes for a large day (default 1,000,000 ledger entries against about
 * as many monitored transactions, 37 planted breaks of each kind). A figure, not a test: run with
 * {@code java -cp <test classpath> io.finnexus.batch.reconciliation.ReconciliationBenchmark
 * [entries] [runs]}. Last line: {@code BENCH reconcile entries=N runs=R best_ms=X}.
 */
public final class ReconciliationBenchmark {

  private ReconciliationBenchmark() {}

  public static void main(String[] args) {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long start = System.nanoTime();
    ReconciliationFixture day = ReconciliationFixture.generate(42L, entries, 37);
    System.out.printf(
        "generated ledger=%d monitored=%d in %d ms%n",
        day.ledger.size(), day.monitored.size(), (System.nanoTime() - start) / 1_000_000);
    ReconciliationEngine engine = new ReconciliationEngine(ReconciliationConfig.DEFAULTS);
    long bestMillis = Long.MAX_VALUE;
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      ReconciliationResult result = engine.reconcile(day.ledger, day.monitored);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      bestMillis = Math.min(bestMillis, ms);
      ReconciliationSummary s = result.summary();
      System.out.printf(
          "run %d: %d ms, breaks=%d %s, matched ref=%d fallback=%d, match rate %.5f%n",
          run,
          ms,
          s.breaks(),
          s.breaksByKind(),
          s.matchedByReference(),
          s.matchedByFallback(),
          s.matchRate());
    }
    System.out.printf("BENCH reconcile entries=%d runs=%d best_ms=%d%n", entries, runs, bestMillis);
  }
}
