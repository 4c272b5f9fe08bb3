package io.finnexus.schemas.fuzz;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a property over many seeded cases, deterministically: case {@code i} of seed {@code s}
 * always draws the same values, so a failure printed as {@code seed=S case=I} reproduces with
 * {@code -Dfuzz.seed=S -Dfuzz.case=I}. {@code -Dfuzz.cases=N} changes the number of cases (a deeper
 * nightly run, a quicker local one).
 *
 * <p>Why not a property-testing library: the project adds no new jqwik-based tests (see the
 * README's notes on jqwik); this harness is small, has no dependency and fails with everything
 * needed to replay a case. A case that runs longer than the per-case limit fails as a hang, naming
 * its input.
 */
public final class Fuzz {

  private static final Duration DEFAULT_CASE_LIMIT =
      Duration.ofSeconds(Long.getLong("fuzz.caseLimitSeconds", 20));

  private final String name;
  private final int cases;
  private final long seed;
  private Duration caseLimit = DEFAULT_CASE_LIMIT;

  /** One fuzzed property: draws its input from the case, checks it, may label the outcome. */
  @FunctionalInterface
  public interface Property {
    void check(FuzzCase c) throws Exception;
  }

  private Fuzz(String name, int cases) {
    this.name = name;
    this.cases = Integer.getInteger("fuzz.cases", cases);
    this.seed = Long.getLong("fuzz.seed", name.hashCode() * 0x9E3779B97F4A7C15L);
  }

  /** A fuzz run of {@code cases} cases; the default seed is derived from {@code name}. */
  public static Fuzz of(String name, int cases) {
    return new Fuzz(name, cases);
  }

  /** How long one case may run before the run fails as a hang (default 20 s). */
  public Fuzz caseLimit(Duration limit) {
    this.caseLimit = limit == null ? DEFAULT_CASE_LIMIT : limit;
    return this;
  }

  /**
   * Runs {@code property} over every case (or only {@code -Dfuzz.case}) in a worker thread, and
   * throws an {@link AssertionError} naming seed, case and input at the first failure or hang.
   */
  public FuzzOutcomes run(Property property) {
    FuzzOutcomes outcomes = new FuzzOutcomes(name);
    AtomicReference<FuzzCase> current = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Integer only = Integer.getInteger("fuzz.case");
    Thread worker =
        new Thread(
            () -> {
              for (int i = only == null ? 0 : only; i < (only == null ? cases : only + 1); i++) {
                FuzzCase c = new FuzzCase(seed, i);
                current.set(c);
                try {
                  property.check(c);
                } catch (Throwable t) {
                  failure.set(new AssertionError(report(c, t.toString()), t));
                  return;
                }
                outcomes.record(c.label(), c.index(), c.runningFor());
              }
            },
            "fuzz-" + name);
    worker.setDaemon(true);
    worker.start();
    awaitWorker(worker, current);
    if (failure.get() != null) {
      throw (AssertionError) failure.get();
    }
    System.out.println(outcomes.summary(seed));
    return outcomes;
  }

  private void awaitWorker(Thread worker, AtomicReference<FuzzCase> current) {
    try {
      while (worker.isAlive()) {
        worker.join(200);
        FuzzCase c = current.get();
        if (worker.isAlive() && c != null && c.runningFor().compareTo(caseLimit) > 0) {
          throw new AssertionError(
              report(c, "still running after " + caseLimit.toSeconds() + " s (hang)"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while fuzzing " + name, e);
    }
  }

  private String report(FuzzCase c, String what) {
    return "fuzz '"
        + name
        + "' failed at seed="
        + seed
        + " case="
        + c.index()
        + " (reproduce with -Dfuzz.seed="
        + seed
        + " -Dfuzz.case="
        + c.index()
        + "): "
        + what
        + "\n  input: "
        + c.describeInput();
  }
}
