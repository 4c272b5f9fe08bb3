/**
 * Quartz schedules of the jobs: typed configuration ({@code finnexus.batch.schedules.<job>=cron}),
 * registration of one cron trigger per job in the clustered JDBC job store, and the Quartz job that
 * launches a Spring Batch job. Never imports a job's package: jobs are found by name.
 */
package io.finnexus.batch.jobs.schedule;
