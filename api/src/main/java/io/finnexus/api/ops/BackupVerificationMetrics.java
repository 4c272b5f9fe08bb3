package io.finnexus.api.ops;

import io.finnexus.api.jobs.EveryJobListener;
import io.finnexus.batch.jobs.JobNames;
import io.finnexus.batch.jobs.verify.RecordVerificationTasklet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Counter {@code finnexus.backup.verifications{result=pass|fail}}: the verdict of each {@code
 * backup-verify} run that reached one (status COMPLETED; exit code {@code VERIFICATION_FAILED} is a
 * fail). A run that FAILED gave no verdict and is counted by {@code finnexus.batch.job.runs} only.
 * Both results are registered at zero, so the first failed verification is an increase.
 */
@Component
public class BackupVerificationMetrics implements EveryJobListener {

  private final Counter pass;
  private final Counter fail;

  public BackupVerificationMetrics(MeterRegistry registry) {
    this.pass = registry.counter("finnexus.backup.verifications", "result", "pass");
    this.fail = registry.counter("finnexus.backup.verifications", "result", "fail");
  }

  @Override
  public void afterJob(JobExecution execution) {
    if (!JobNames.BACKUP_VERIFY.equals(execution.getJobInstance().getJobName())
        || execution.getStatus() != BatchStatus.COMPLETED) {
      return;
    }
    boolean failed =
        RecordVerificationTasklet.FAILED_EXIT.equals(execution.getExitStatus().getExitCode());
    (failed ? fail : pass).increment();
  }
}
