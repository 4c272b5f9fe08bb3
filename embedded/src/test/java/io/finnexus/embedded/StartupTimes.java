package io.finnexus.embedded;

import java.util.function.Supplier;

/** Prints how long a server took to start, the figure the module's README quotes. */
final class StartupTimes {

  private StartupTimes() {}

  static <T> T measure(String server, Supplier<T> start) {
    long begin = System.nanoTime();
    T started = start.get();
    System.out.printf(
        "[startup] %s started in %d ms%n", server, (System.nanoTime() - begin) / 1_000_000);
    return started;
  }
}
