package io.finnexus.api.jobs;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** Finds the end time of a job's newest COMPLETED run in the JobRepository. */
final class LastSuccessfulRun {

  /** Instances read per page, newest first; a restart completes only an instance of its own. */
  private static final int PAGE = 20;

  /** Never walk more history than this for a job that keeps failing. */
  private static final int MAX_INSTANCES = 1000;

  private LastSuccessfulRun() {}

  /**
   * Walks the job's instances newest first and stops at the first page holding a COMPLETED run: the
   * newest end time on that page (which also catches an older instance restarted to success after a
   * newer one).
   */
  static Optional<LocalDateTime> endTime(JobRepository repository, String job) {
    for (int start = 0; start < MAX_INSTANCES; start += PAGE) {
      List<JobInstance> page = repository.getJobInstances(job, start, PAGE);
      Optional<LocalDateTime> newest =
          page.stream()
              .flatMap(instance -> repository.getJobExecutions(instance).stream())
              .filter(e -> e.getStatus() == BatchStatus.COMPLETED && e.getEndTime() != null)
              .map(JobExecution::getEndTime)
              .max(Comparator.naturalOrder());
      if (newest.isPresent() || page.size() < PAGE) {
        return newest;
      }
    }
    return Optional.empty();
  }
}
