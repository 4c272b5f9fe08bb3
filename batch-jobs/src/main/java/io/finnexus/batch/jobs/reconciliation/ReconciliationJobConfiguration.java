package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.archive.ArchiveProgress;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.JobNames;
import io.finnexus.batch.jobs.JobParams;
import io.finnexus.batch.reconciliation.ReconciliationConfig;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconciliation} job. Parameters: {@code ledger} (path of a CSV ledger or camt.052/053
 * file, required), {@code date} (the business day, ISO, required).
 *
 * <p>Steps: {@code checkArchive} (the archive has caught up with everything produced before the job
 * started, see {@link ArchiveCheckTasklet}; job parameter {@code allowIncompleteArchive=true} runs
 * anyway), {@code reconcile} (chunk: breaks read from the engine's result, classified, upserted
 * with their alerts), then {@code report} (one summary row). Restartable: the reader skips the
 * breaks already committed and every write is an upsert keyed by run (job instance) and break.
 * Properties: {@code finnexus.batch.reconciliation.chunk-size} (500), {@code .date-tolerance-days}
 * (2), {@code .zone} (UTC), {@code .ledger-dir} (the folder ledgers must be in; empty = any path,
 * see {@link LedgerLocation}), {@code .archive-wait} (5m), {@code .archive-poll} (5s).
 */
@Configuration(proxyBeanMethods = false)
public class ReconciliationJobConfiguration {

  @Bean
  Job reconciliationJob(
      JobRepository repository,
      Step checkArchiveStep,
      Step reconcileStep,
      Step reconciliationReportStep) {
    return new JobBuilder(JobNames.RECONCILIATION, repository)
        .validator(
            new DefaultJobParametersValidator(new String[] {"ledger", "date"}, new String[0]))
        .start(checkArchiveStep)
        .next(reconcileStep)
        .next(reconciliationReportStep)
        .build();
  }

  /** No database transaction around the wait: it only reads Kafka offsets, for minutes maybe. */
  @Bean
  Step checkArchiveStep(JobRepository repository, ArchiveCheckTasklet archiveCheckTasklet) {
    ExecutionContextPromotionListener promote = new ExecutionContextPromotionListener();
    promote.setKeys(ArchiveCheckTasklet.PROMOTED);
    return new StepBuilder(ArchiveCheckTasklet.STEP, repository)
        .tasklet(archiveCheckTasklet, new ResourcelessTransactionManager())
        .listener(promote)
        .build();
  }

  /** The archive's progress: the host's {@link ArchiveProgress} bean (the API's), else none. */
  @Bean
  @StepScope
  ArchiveCheckTasklet archiveCheckTasklet(
      ObjectProvider<ArchiveProgress> progress,
      @Value("#{stepExecution}") StepExecution step,
      @Value("${finnexus.batch.reconciliation.archive-wait:5m}") Duration wait,
      @Value("${finnexus.batch.reconciliation.archive-poll:5s}") Duration poll) {
    return new ArchiveCheckTasklet(
        progress.getIfAvailable(),
        wait,
        poll,
        JobParams.flag(step.getJobExecution().getJobParameters(), "allowIncompleteArchive"));
  }

  @Bean
  Step reconcileStep(
      JobRepository repository,
      PlatformTransactionManager tx,
      BreakReader reconciliationBreakReader,
      BreakClassifier reconciliationBreakClassifier,
      BreakWriter reconciliationBreakWriter,
      @Value("${finnexus.batch.reconciliation.chunk-size:500}") int chunkSize) {
    ExecutionContextPromotionListener promote = new ExecutionContextPromotionListener();
    promote.setKeys(BreakReader.FIGURE_KEYS);
    return new StepBuilder(BreakWriter.STEP, repository)
        .<KeyedBreak, BreakRow>chunk(chunkSize)
        .transactionManager(tx)
        .reader(reconciliationBreakReader)
        .processor(reconciliationBreakClassifier)
        .writer(reconciliationBreakWriter)
        .listener(promote)
        .build();
  }

  @Bean
  Step reconciliationReportStep(
      JobRepository repository, PlatformTransactionManager tx, ReportTasklet reportTasklet) {
    return new StepBuilder("report", repository).tasklet(reportTasklet, tx).build();
  }

  @Bean
  @StepScope
  BreakReader reconciliationBreakReader(
      JdbcTemplate jdbc,
      @Value("#{stepExecution}") StepExecution step,
      @Value("${finnexus.batch.reconciliation.date-tolerance-days:2}") int toleranceDays,
      @Value("${finnexus.batch.reconciliation.zone:UTC}") String zone,
      @Value("${finnexus.batch.reconciliation.ledger-dir:}") String ledgerDir) {
    var params = step.getJobExecution().getJobParameters();
    ReconciliationDay day =
        new ReconciliationDay(
            new MonitoredTransactionDao(jdbc),
            new ReconciliationConfig(toleranceDays, ZoneId.of(zone)));
    return new BreakReader(
        day,
        LedgerLocation.resolve(JobParams.required(params, "ledger"), ledgerDir),
        JobParams.date(params, "date"));
  }

  @Bean
  @StepScope
  BreakClassifier reconciliationBreakClassifier(
      JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution step) {
    return new BreakClassifier(
        jdbc,
        step.getJobExecution().getJobInstance().getInstanceId(),
        JobParams.date(step.getJobExecution().getJobParameters(), "date"));
  }

  @Bean
  @StepScope
  BreakWriter reconciliationBreakWriter(JdbcTemplate jdbc, FaultHook faults) {
    return new BreakWriter(jdbc, faults);
  }

  @Bean
  @JobScope
  ReportTasklet reportTasklet(
      JdbcTemplate jdbc,
      @Value("#{jobExecution}") org.springframework.batch.core.job.JobExecution job) {
    return new ReportTasklet(jdbc, job.getJobInstance().getInstanceId());
  }
}
