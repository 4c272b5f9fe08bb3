package io.finnexus.batch.jobs.verify;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.jobs.BackupS3Properties;
import io.finnexus.batch.jobs.JobParams;
import org.springframework.batch.core.job.JobExecution;

/**
 * Where backup-verify reads the backup from: job parameter {@code source} = {@code local} (the
 * backup directory) or {@code s3} (the S3 target, downloaded first into {@code
 * finnexus.backup.s3.scratch-dir/verify-<run>}). Default {@code local}; a schedule verifies the
 * off-site copy with {@code finnexus.batch.parameters.backup-verify.source=s3}.
 *
 * @param fromS3 whether the backup comes from the S3 target
 * @param store the store the verification reads: the backup directory, or the download directory
 */
record VerifySource(boolean fromS3, BackupStore store) {

  static VerifySource of(BackupStore local, BackupS3Properties s3, JobExecution job) {
    String source = JobParams.string(job.getJobParameters(), "source");
    boolean fromS3;
    if (source == null || source.isBlank()) {
      fromS3 = false;
    } else if (source.trim().equals("s3")) {
      if (!s3.enabled()) {
        throw new IllegalArgumentException(
            "source=s3 but no S3 target is configured (finnexus.backup.s3.bucket)");
      }
      fromS3 = true;
    } else if (source.trim().equals("local")) {
      fromS3 = false;
    } else {
      throw new IllegalArgumentException("job parameter 'source' must be local or s3: " + source);
    }
    long run = job.getJobInstance().getInstanceId();
    return new VerifySource(
        fromS3, fromS3 ? new BackupStore(s3.scratchDir().resolve("verify-" + run)) : local);
  }
}
