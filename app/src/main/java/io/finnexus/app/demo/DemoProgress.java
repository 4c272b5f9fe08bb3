package io.finnexus.app.demo;

import io.finnexus.embedded.EmbeddedStack;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints one line every ten seconds while the demo runs, {@code DEMO sent=N/TOTAL alerts=M
 * cases=C}, until the duration passes, Ctrl-C, or a child JVM dies (which ends the demo with an
 * error naming its log).
 */
final class DemoProgress {
  private static final Duration EVERY = Duration.ofSeconds(10);

  private final EmbeddedStack stack;
  private final DemoTraffic traffic;
  private final Readiness watch;
  private final PrintStream out;

  DemoProgress(EmbeddedStack stack, DemoTraffic traffic, DemoServices services, PrintStream out) {
    this.stack = stack;
    this.traffic = traffic;
    this.watch = new Readiness(services);
    this.out = out;
  }

  /** Reports until {@code duration} passes (null: never) or {@code stop} is signalled. */
  void runUntil(Duration duration, StopSignal stop) throws InterruptedException {
    long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) {
      long left = Math.max(1, Math.min(EVERY.toNanos(), deadline - System.nanoTime()));
      if (stop.await(Duration.ofNanos(left)) || stop.requested()) {
        return; // children may already be stopping: do not mistake that for a crash
      }
      watch.requireAllAlive();
      out.println(line());
    }
  }

  private String line() {
    return String.format(
        Locale.ROOT,
        "DEMO sent=%d/%d alerts=%d cases=%d",
        traffic.sent(),
        traffic.total(),
        count("alert"),
        count("alert_case"));
  }

  private long count(String table) {
    try (Connection c = stack.postgres().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      return -1;
    }
  }
}
