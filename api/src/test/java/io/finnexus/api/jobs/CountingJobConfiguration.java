package io.finnexus.api.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A test job ({@code test-counting}) the jobs API can drive without knowing the production jobs:
 * counts {@code total} items ten at a time, records its position (so a restart resumes), reports
 * {@code total} in its context, and fails once at {@code failAt} for a given {@code failToken}.
 */
@Configuration(proxyBeanMethods = false)
public class CountingJobConfiguration {

  static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

  @Bean
  Job testCountingJob(JobRepository repository, PlatformTransactionManager tx) {
    var step =
        new StepBuilder("count", repository)
            .tasklet(
                (contribution, chunk) -> {
                  var stepExecution = contribution.getStepExecution();
                  var params = stepExecution.getJobExecution().getJobParameters();
                  long total = Long.parseLong(param(params, "total", "100"));
                  long failAt = Long.parseLong(param(params, "failAt", "-1"));
                  String token = param(params, "failToken", "");
                  var ctx = stepExecution.getExecutionContext();
                  ctx.putLong("total", total);
                  long position = ctx.containsKey("position") ? ctx.getLong("position") : 0;
                  long next = Math.min(total, position + 10);
                  if (failAt >= position && failAt < next && FAILED_ONCE.add(token)) {
                    throw new IllegalStateException("planted failure at item " + failAt);
                  }
                  ctx.putLong("position", next);
                  contribution.incrementWriteCount(next - position);
                  return next < total ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
                },
                tx)
            .allowStartIfComplete(false)
            .build();
    return new JobBuilder("test-counting", repository).start(step).build();
  }

  private static String param(
      org.springframework.batch.core.job.parameters.JobParameters params,
      String name,
      String fallback) {
    String value = params.getString(name);
    return value == null ? fallback : value;
  }
}
