package io.finnexus.batch.jobs.verify;

import io.finnexus.batch.backup.s3.S3BackupTarget;
import io.finnexus.batch.jobs.BackupS3Properties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code fetchBackup}: for a verification from the S3 target, downloads the requested backup
 * (else the newest one with a manifest in the bucket) into the run's scratch directory, the
 * manifest last; the next step then checks it exactly as a local backup. Parts missing from the
 * bucket are left out, for the verification to report. For a local verification it does nothing.
 */
public class FetchBackupTasklet implements Tasklet {

  public static final String STEP = "fetchBackup";
  private static final Logger log = LoggerFactory.getLogger(FetchBackupTasklet.class);

  private final VerifySource source;
  private final BackupS3Properties s3;
  private final String requestedBackupId;

  public FetchBackupTasklet(VerifySource source, BackupS3Properties s3, String requestedBackupId) {
    this.source = source;
    this.s3 = s3;
    this.requestedBackupId = requestedBackupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    if (!source.fromS3()) {
      contribution.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(
              "verifying the backup directory " + source.store().root()));
      return RepeatStatus.FINISHED;
    }
    try (S3BackupTarget target = new S3BackupTarget(s3.target())) {
      String id =
          requestedBackupId != null
              ? requestedBackupId
              : target
                  .newest()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "no complete backup in " + target.target().describe()));
      List<String> missing =
          target.download(id, source.store(), line -> log.info("backup {} ← S3: {}", id, line));
      contribution.incrementReadCount();
      contribution.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(
              "downloaded backup "
                  + id
                  + " from "
                  + target.target().describe()
                  + (missing.isEmpty() ? "" : "; missing in the bucket: " + missing)));
    }
    return RepeatStatus.FINISHED;
  }
}
