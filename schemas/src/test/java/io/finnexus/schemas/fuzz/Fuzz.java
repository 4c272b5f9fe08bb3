package io.finnexus.schemas.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
  private int workers = 1;

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
   * Spreads the cases over one worker per core ({@code -Dfuzz.workers=N} to change), for properties
   * that are safe to run concurrently (no shared files or mutable fixtures). Each case still draws
   * the same values, so replaying one case is unchanged.
   */
  public Fuzz parallel() {
    this.workers =
        Math.max(1, Integer.getInteger("fuzz.workers", Runtime.getRuntime().availableProcessors()));
    return this;
  }

  /**
   * Runs {@code property} over every case (or only {@code -Dfuzz.case}) in worker threads, and
   * throws an {@link AssertionError} naming seed, case and input at the first failure or hang.
   */
  public FuzzOutcomes run(Property property) {
    FuzzOutcomes outcomes = new FuzzOutcomes(name);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Integer only = Integer.getInteger("fuzz.case");
    int first = only == null ? 0 : only;
    int end = only == null ? cases : only + 1;
    int count = only == null ? workers : 1;
    List<Worker> running = new ArrayList<>();
    for (int w = 0; w < count; w++) {
      Worker worker = new Worker(first + w, end, count, property, outcomes, failure);
      worker.setDaemon(true);
      worker.start();
      running.add(worker);
    }
    for (Worker worker : running) {
      awaitWorker(worker, failure);
    }
    if (failure.get() != null) {
      throw (AssertionError) failure.get();
    }
    System.out.println(outcomes.summary(seed));
    return outcomes;
  }

  /**
   * Runs cases {@code from, from + step, …} below {@code end} until one fails or another worker's
   * did.
   */
  private final class Worker extends Thread {
    final AtomicReference<FuzzCase> current = new AtomicReference<>();
    private final int from;
    private final int end;
    private final int step;
    private final Property property;
    private final FuzzOutcomes outcomes;
    private final AtomicReference<Throwable> failure;

    Worker(
        int from,
        int end,
        int step,
        Property property,
        FuzzOutcomes outcomes,
        AtomicReference<Throwable> failure) {
      super("fuzz-" + name + "-" + from);
      this.from = from;
      this.end = end;
      this.step = step;
      this.property = property;
      this.outcomes = outcomes;
      this.failure = failure;
    }

    @Override
    public void run() {
      for (int i = from; i < end && failure.get() == null; i += step) {
        FuzzCase c = new FuzzCase(seed, i);
        current.set(c);
        try {
          property.check(c);
        } catch (Throwable t) {
          failure.compareAndSet(null, new AssertionError(report(c, t.toString()), t));
          return;
        }
        outcomes.record(c.label(), c.index(), c.runningFor());
      }
    }
  }

  private void awaitWorker(Worker worker, AtomicReference<Throwable> failure) {
    try {
      while (worker.isAlive()) {
        worker.join(200);
        FuzzCase c = worker.current.get();
        if (worker.isAlive() && c != null && c.runningFor().compareTo(caseLimit) > 0) {
          failure.compareAndSet(
              null,
              new AssertionError(
                  report(c, "still running after " + caseLimit.toSeconds() + " s (hang)")));
          return;
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
