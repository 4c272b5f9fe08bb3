package io.finnexus.app.generate;

import io.finnexus.app.cli.Progress;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Generates a labelled synthetic traffic file: {@code accounts} customers over {@code days} days
 * from {@code start}. Deterministic: the same arguments give the same rows, ids included; no wall
 * clock is read. About 3.2 instances of each typology per 1,000 accounts (32 at 10,000), each on
 * accounts of its own.
 */
public final class TrafficGenerator {
  /** Planted instances of each typology per 10,000 accounts. */
  public static final int INSTANCES_PER_10K_ACCOUNTS = 32;

  private final int accounts;
  private final int days;
  private final long seed;
  private final LocalDate start;

  public TrafficGenerator(int accounts, int days, long seed, LocalDate start) {
    this.accounts = accounts;
    this.days = days;
    this.seed = seed;
    this.start = start;
  }

  /** What a run produced: rows sorted by event time, and planted instances per typology. */
  public record Result(List<LabelledTransaction> rows, Map<Typology, Integer> instances) {}

  /** Generates all rows; {@code progress} may be null. */
  public Result generate(Progress progress) {
    String tag = tag(seed);
    Window window = new Window(start, days);
    Merchants merchants = new Merchants(seed, tag);
    Population population = new Population(accounts, seed, tag);
    Rows rows = new Rows(tag, (int) Math.min(Integer.MAX_VALUE - 8, accounts * (long) days * 2));
    int instances = instances(accounts);
    new AmlTypologies(window, population, rows).plant(instances, Rand.stream(seed, -3));
    new DormantReactivation(window, population, rows).plant(instances, Rand.stream(seed, -4));
    new FraudTypologies(window, population, merchants, rows, tag)
        .plant(instances, Rand.stream(seed, -5));
    // Last and on its own stream, so adding it left every earlier typology as it was.
    new RepeatedTransfers(window, population, rows).plant(instances, Rand.stream(seed, -6));
    NormalTraffic normal = new NormalTraffic(window, merchants, population, rows);
    Customer[] customers = population.customers();
    for (int i = 0; i < customers.length; i++) {
      if (!population.isDormant(customers[i])) {
        normal.generate(customers[i], Rand.stream(seed, (1L << 32) + i));
      }
      if (progress != null) {
        progress.update("generate accounts", i + 1, customers.length);
      }
    }
    return new Result(rows.sorted(), rows.instances());
  }

  static int instances(int accounts) {
    return Math.max(1, Math.round(accounts * INSTANCES_PER_10K_ACCOUNTS / 10_000f));
  }

  /** The seed in ids, so files generated with different seeds never share an id. */
  static String tag(long seed) {
    return Long.toString(seed, 36).replace('-', 'n');
  }
}
