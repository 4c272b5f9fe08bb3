package io.finnexus.app.batch;

import java.io.PrintStream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A progress bar on stderr from the running execution's step counts, redrawn in place on a terminal
 * (one line per second otherwise): {@code [#####.....] step 2/3 backupMongo read=… written=…}.
 */
final class StepProgress {

  private static final int WIDTH = 20;
  private final PrintStream err;
  private final boolean terminal;
  private final int steps;

  StepProgress(PrintStream err, boolean terminal, int steps) {
    this.err = err;
    this.terminal = terminal;
    this.steps = Math.max(1, steps);
  }

  void show(JobExecution execution) {
    StepExecution current = null;
    int done = 0;
    for (StepExecution s : execution.getStepExecutions()) {
      current = s;
      done += s.getStatus().isRunning() ? 0 : 1;
    }
    if (current == null) {
      return;
    }
    int filled = Math.min(WIDTH, done * WIDTH / steps);
    String line =
        String.format(
            "[%s%s] step %d/%d %s read=%,d written=%,d",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            Math.min(steps, done + (current.getStatus().isRunning() ? 1 : 0)),
            steps,
            current.getStepName(),
            current.getReadCount(),
            current.getWriteCount());
    err.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
    err.flush();
  }

  void finish() {
    if (terminal) {
      err.println();
    }
  }
}
