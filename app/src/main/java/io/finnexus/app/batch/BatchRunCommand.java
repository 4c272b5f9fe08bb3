package io.finnexus.app.batch;

import io.finnexus.batch.jobs.BatchJobs;
import io.finnexus.batch.jobs.schedule.ScheduledParameters;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code finnexus batch run JOB --param k=v}: runs one job to its end in this process, with a
 * progress bar on stderr and one summary line on stdout: {@code BATCH job=JOB status=COMPLETED
 * exit=COMPLETED read=N written=M}. Exit code 0 when the job COMPLETED with exit code COMPLETED, 3
 * otherwise (FAILED, or e.g. VERIFICATION_FAILED). Running it again with the same parameters
 * restarts a FAILED run where it stopped. Defaults as the scheduler's: {@code backupId} / {@code
 * run} = now, {@code date} = yesterday (UTC).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a batch job (reconciliation, backup, backup-verify, retention-purge).")
public final class BatchRunCommand implements Callable<Integer> {

  static final int JOB_FAILED = 3;

  @Parameters(index = "0", paramLabel = "JOB", description = "Job name.")
  String job;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Job parameter (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--jdbc-url", description = "PostgreSQL JDBC URL (default: embedded PostgreSQL).")
  String jdbcUrl;

  @Option(
      names = "--jdbc-user",
      defaultValue = "postgres",
      description = "Default: ${DEFAULT-VALUE}.")
  String jdbcUser;

  @Option(names = "--jdbc-password", defaultValue = "", description = "Default: empty.")
  String jdbcPassword;

  @Option(
      names = "--data-dir",
      defaultValue = "${user.home}/.finnexus/data",
      description = "Embedded data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    try (Database db = Database.open(jdbcUrl, jdbcUser, jdbcPassword, dataDir);
        ConfigurableApplicationContext ctx = context(db)) {
      BatchJobs jobs = ctx.getBean(BatchJobs.class);
      Job target =
          jobs.find(job)
              .orElseThrow(
                  () ->
                      new io.finnexus.app.cli.UserInputException(
                          "no such job '" + job + "' (known: " + jobs.names() + ")"));
      JobParameters parameters = ScheduledParameters.of(job, params, Instant.now(), ZoneOffset.UTC);
      JobExecution done = run(ctx, target, parameters);
      long read = 0;
      long written = 0;
      for (StepExecution s : done.getStepExecutions()) {
        read += s.getReadCount();
        written += s.getWriteCount();
      }
      System.out.printf(
          "BATCH job=%s status=%s exit=%s read=%d written=%d%n",
          job, done.getStatus(), done.getExitStatus().getExitCode(), read, written);
      if (done.getStatus() != BatchStatus.COMPLETED) {
        String why =
            done.getAllFailureExceptions().stream()
                .findFirst()
                .map(e -> String.valueOf(e.getMessage()).lines().findFirst().orElse(""))
                .orElse(done.getExitStatus().getExitCode());
        System.err.println("finnexus: " + job + " " + done.getStatus() + ": " + why);
      }
      boolean ok =
          done.getStatus() == BatchStatus.COMPLETED
              && "COMPLETED".equals(done.getExitStatus().getExitCode());
      return ok ? 0 : JOB_FAILED;
    }
  }

  private static JobExecution run(ConfigurableApplicationContext ctx, Job job, JobParameters params)
      throws Exception {
    JobOperator operator = ctx.getBean(JobOperator.class);
    JobRepository repository = ctx.getBean(JobRepository.class);
    CompletableFuture<JobExecution> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return operator.start(job, params);
              } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
              }
            });
    StepProgress progress = new StepProgress(System.err, System.console() != null, stepCount(job));
    while (!running.isDone()) {
      try {
        running.get(1, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        JobExecution current = repository.getLastJobExecution(job.getName(), params);
        if (current != null) {
          progress.show(current);
        }
      }
    }
    progress.finish();
    try {
      return running.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new io.finnexus.app.cli.UserInputException(
          job.getName() + " did not start: " + e.getCause().getMessage());
    }
  }

  private static int stepCount(Job job) {
    return job instanceof org.springframework.batch.core.job.SimpleJob simple
        ? simple.getStepNames().size()
        : 1;
  }

  private ConfigurableApplicationContext context(Database db) {
    return new SpringApplicationBuilder(BatchContext.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties(
            "spring.datasource.url=" + db.url,
            "spring.datasource.username=" + db.user,
            "spring.datasource.password=" + db.password,
            "spring.quartz.auto-startup=false",
            "finnexus.batch.scheduling-enabled=false",
            "spring.main.banner-mode=off")
        .run();
  }
}
