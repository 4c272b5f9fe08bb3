package io.finnexus.api.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Maps Spring Batch executions to {@link JobRunView}. */
final class JobRuns {

  private JobRuns() {}

  static JobRunView view(JobExecution e) {
    List<JobRunView.Step> steps = new ArrayList<>();
    long done = 0;
    Long total = total(e.getExecutionContext());
    for (StepExecution s : e.getStepExecutions()) {
      steps.add(
          new JobRunView.Step(
              s.getStepName(),
              s.getStatus().name(),
              s.getReadCount(),
              s.getWriteCount(),
              s.getSkipCount(),
              s.getCommitCount()));
      done += s.getWriteCount();
      Long stepTotal = total(s.getExecutionContext());
      if (stepTotal != null) {
        total = (total == null ? 0 : total) + stepTotal;
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    e.getJobParameters()
        .parameters()
        .forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
    return new JobRunView(
        e.getId(),
        e.getJobInstanceId(),
        e.getJobInstance() == null ? null : e.getJobInstance().getJobName(),
        e.getStatus().name(),
        e.getExitStatus().getExitCode(),
        FailureReason.of(e.getExitStatus().getExitDescription()),
        e.getStartTime(),
        e.getEndTime(),
        new JobRunView.Progress(done, total),
        steps,
        parameters);
  }

  private static Long total(ExecutionContext context) {
    if (context == null || !context.containsKey("total")) {
      return null;
    }
    Object value = context.get("total");
    return value instanceof Number n ? n.longValue() : null;
  }
}
