package io.finnexus.app.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT/SIGTERM) into an orderly stop: the shutdown hook signals the main thread and
 * then holds the JVM open until the main thread has closed everything ({@link #close()}), so the
 * embedded servers shut down cleanly and their data stays consistent.
 */
final class StopSignal implements AutoCloseable {
  private static final Duration MAX_CLEANUP = Duration.ofSeconds(90);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "demo-stop");
  private final PrintStream out;
  private final String stoppingLine;

  /** {@code stoppingLine} is printed as soon as a stop is requested, before the cleanup. */
  StopSignal(PrintStream out, String stoppingLine) {
    this.out = out;
    this.stoppingLine = stoppingLine;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void onShutdown() {
    out.println(stoppingLine);
    requested.countDown();
    try {
      cleanedUp.await(MAX_CLEANUP.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean requested() {
    return requested.getCount() == 0;
  }

  /** Waits up to {@code timeout}; true if a stop was requested. */
  boolean await(Duration timeout) throws InterruptedException {
    return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    cleanedUp.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it now returns
    }
  }
}
