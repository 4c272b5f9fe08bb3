package io.finnexus.flink;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/** Stop-with-savepoint for tests whose job may still be deploying some of its tasks. */
final class Savepoints {

  private Savepoints() {}

  /**
   * Stops {@code job} with a savepoint under {@code directory}; while Flink refuses because a task
   * is not running yet (deploying or initialising on a busy machine), tries again for up to a
   * minute. Any other failure is thrown at once.
   */
  static String stopOnceRunning(JobClient job, String directory) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      try {
        return job.stopWithSavepoint(false, directory, SavepointFormatType.CANONICAL).get();
      } catch (ExecutionException e) {
        boolean notRunningYet = String.valueOf(e.getMessage()).contains("not being executed");
        if (!notRunningYet || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }
}
