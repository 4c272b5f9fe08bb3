package io.finnexus.api.jobs;

import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A {@link JobExecutionListener} bean that {@link JobListenerRegistrar} attaches to every job the
 * API hosts, however it is started (Quartz, REST, CLI).
 */
public interface EveryJobListener extends JobExecutionListener {}
