package io.finnexus.batch.jobs.backup;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.s3.S3BackupTarget;
import io.finnexus.batch.jobs.BackupS3Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Uploads the finished backup to the S3 target when one is configured ({@code
 * finnexus.backup.s3.bucket}): parts first, the manifest last. Without a target the step says so
 * and does nothing. A restart after a failed upload skips the parts already in the bucket.
 */
public class S3UploadTasklet implements Tasklet {

  public static final String STEP = "uploadToS3";
  private static final Logger log = LoggerFactory.getLogger(S3UploadTasklet.class);

  private final BackupStore store;
  private final BackupS3Properties s3;
  private final String backupId;

  public S3UploadTasklet(BackupStore store, BackupS3Properties s3, String backupId) {
    this.store = store;
    this.s3 = s3;
    this.backupId = backupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    if (!s3.enabled()) {
      contribution.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(
              "no S3 target configured: the backup is in the local directory only"));
      return RepeatStatus.FINISHED;
    }
    Manifest manifest = store.readManifest(backupId);
    try (S3BackupTarget target = new S3BackupTarget(s3.target())) {
      S3BackupTarget.Uploaded done =
          target.upload(
              store.directory(backupId),
              manifest,
              line -> log.info("backup {} → S3: {}", backupId, line));
      contribution.incrementWriteCount(done.partsUploaded() + 1L);
      contribution.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(
              "uploaded "
                  + done.partsUploaded()
                  + " parts ("
                  + done.bytesUploaded()
                  + " bytes), "
                  + done.partsAlreadyThere()
                  + " already there, and the manifest to "
                  + target.target().describe()));
    }
    return RepeatStatus.FINISHED;
  }
}
