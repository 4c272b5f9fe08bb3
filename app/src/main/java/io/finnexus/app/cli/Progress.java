package io.finnexus.app.cli;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr: on a terminal a percentage redrawn at most once a second; when
 * stderr is not a terminal, one line every {@link #PIPE_INTERVAL_NANOS} so logs stay short. Short
 * runs print nothing. Reads the wall clock only to pace output, never to make data.
 */
public final class Progress {
  private static final long TTY_INTERVAL_NANOS = 1_000_000_000L;
  private static final long PIPE_INTERVAL_NANOS = 5_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPrinted = started;
  private boolean printed;

  public Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A reporter for {@code System.err}, redrawing only when a console is attached. */
  public static Progress onStderr() {
    return new Progress(System.err, System.console() != null);
  }

  /**
   * Reports that {@code done} of {@code total} units (total &lt; 0: unknown) of {@code phase} are
   * done.
   */
  public void update(String phase, long done, long total) {
    long now = System.nanoTime();
    long interval = terminal ? TTY_INTERVAL_NANOS : PIPE_INTERVAL_NANOS;
    if (now - lastPrinted < interval) {
      return;
    }
    lastPrinted = now;
    printed = true;
    String text =
        total < 0
            ? String.format("%s: %,d", phase, done)
            : String.format(
                "%s: %3d%% (%,d/%,d)",
                phase, Math.min(100, done * 100 / Math.max(1, total)), done, total);
    if (terminal) {
      err.print("\r" + text + "   ");
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Ends the progress display, leaving the cursor on a fresh line. */
  public void finish() {
    if (terminal && printed) {
      err.println();
    }
  }

  /** Seconds since this reporter was created. */
  public double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
