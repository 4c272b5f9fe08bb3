package io.finnexus.batch.archive;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Waits until the archive has stored everything produced up to a target taken earlier (at the start
 * of a job), or a timeout passes, reporting the remaining lag on each poll.
 */
public final class ArchiveCatchUp {

  private final ArchiveProgress progress;
  private final Duration poll;

  public ArchiveCatchUp(ArchiveProgress progress, Duration poll) {
    this.progress = progress;
    this.poll = poll;
  }

  /**
   * Offsets (records, and transaction markers) produced before {@code target} and not yet archived
   * according to {@code archived}: the consumer lag towards the target.
   */
  public static long remaining(Map<String, Long> target, Map<String, Long> archived) {
    long remaining = 0;
    for (var partition : target.entrySet()) {
      long done = archived.getOrDefault(partition.getKey(), 0L);
      remaining += Math.max(0, partition.getValue() - done);
    }
    return remaining;
  }

  /**
   * Polls until nothing of {@code target} remains or {@code timeout} passed; returns what remains
   * (0: caught up). {@code log} gets the remaining lag after each poll that did not catch up.
   */
  public long await(Map<String, Long> target, Duration timeout, Consumer<String> log)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long remaining = remaining(target, progress.archived());
      if (remaining == 0) {
        return 0;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return remaining;
      }
      log.accept(
          "the archive is "
              + remaining
              + " offsets behind "
              + progress.source()
              + "; waiting up to "
              + Duration.ofNanos(left).toSeconds()
              + " s more");
      Thread.sleep(Math.min(poll.toMillis(), Math.max(1, left / 1_000_000)));
    }
  }
}
