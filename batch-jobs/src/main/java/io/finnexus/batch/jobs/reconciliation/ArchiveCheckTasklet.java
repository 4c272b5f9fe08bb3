package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.archive.ArchiveCatchUp;
import io.finnexus.batch.archive.ArchiveProgress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code checkArchive}, before {@code reconcile}: the archive must hold everything produced to
 * it before the job started, else its lag would show up as MISSING_IN_MONITORING breaks. Takes the
 * produced positions once (kept in the step's context, so a restart waits for the same target),
 * waits up to {@code finnexus.batch.reconciliation.archive-wait} logging the remaining lag, then
 * fails the job with the reason, or, with job parameter {@code allowIncompleteArchive=true}, lets
 * it run and marks the report INCOMPLETE. Without an {@link ArchiveProgress} (no Kafka configured,
 * e.g. {@code finnexus batch run} against a database only) the report says NOT_CHECKED.
 */
public class ArchiveCheckTasklet implements Tasklet {

  public static final String STEP = "checkArchive";

  /** COMPLETE, INCOMPLETE or NOT_CHECKED (promoted to the job for the report). */
  static final String COMPLETENESS = "archive.completeness";

  /** One line saying what was checked and found. */
  static final String NOTE = "archive.note";

  static final String[] PROMOTED = {COMPLETENESS, NOTE};
  private static final String TARGET = "archive.target";
  private static final Logger log = LoggerFactory.getLogger(ArchiveCheckTasklet.class);

  private final ArchiveProgress progress;
  private final Duration wait;
  private final Duration poll;
  private final boolean allowIncomplete;

  public ArchiveCheckTasklet(
      ArchiveProgress progress, Duration wait, Duration poll, boolean allowIncomplete) {
    this.progress = progress;
    this.wait = wait;
    this.poll = poll;
    this.allowIncomplete = allowIncomplete;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
    if (progress == null) {
      return record(
          contribution,
          ctx,
          "NOT_CHECKED",
          "archive completeness not checked: no Kafka configured for the archive");
    }
    if (!ctx.containsKey(TARGET)) {
      ctx.putString(TARGET, encode(progress.produced()));
    }
    Map<String, Long> target = decode(ctx.getString(TARGET));
    long produced = target.values().stream().mapToLong(Long::longValue).sum();
    long remaining =
        new ArchiveCatchUp(progress, poll)
            .await(
                target, wait, line -> log.info("reconciliation waits for the archive: {}", line));
    if (remaining == 0) {
      return record(
          contribution,
          ctx,
          "COMPLETE",
          "archive complete: everything produced to "
              + progress.source()
              + " before the job started is archived ("
              + produced
              + " records in all)");
    }
    String lag =
        "the archive is "
            + remaining
            + " offsets (records and transaction markers) behind what was produced to "
            + progress.source()
            + " before the job started, after waiting "
            + wait.toSeconds()
            + " s";
    if (allowIncomplete) {
      return record(
          contribution,
          ctx,
          "INCOMPLETE",
          "archive INCOMPLETE: " + lag + "; run anyway (allowIncompleteArchive=true)");
    }
    throw new IllegalStateException(
        "archive incomplete: "
            + lag
            + "; rerun when the archiver has caught up, or with allowIncompleteArchive=true");
  }

  private static RepeatStatus record(
      StepContribution contribution, ExecutionContext ctx, String completeness, String note) {
    ctx.putString(COMPLETENESS, completeness);
    ctx.putString(NOTE, note);
    contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(note));
    log.info("reconciliation: {}", note);
    return RepeatStatus.FINISHED;
  }

  private static String encode(Map<String, Long> offsets) {
    return new TreeMap<>(offsets)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  private static Map<String, Long> decode(String encoded) {
    Map<String, Long> offsets = new TreeMap<>();
    if (!encoded.isEmpty()) {
      for (String pair : encoded.split(",")) {
        int eq = pair.lastIndexOf('=');
        offsets.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
      }
    }
    return offsets;
  }
}
