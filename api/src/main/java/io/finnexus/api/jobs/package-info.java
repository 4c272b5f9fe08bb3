/**
 * Batch job control over Spring Batch, generic over whatever {@code Job} beans the context holds
 * (reconciliation, backup, backup-verify, retention-purge from {@code io.finnexus.batch}): list,
 * trigger, progress, history, restart, and the run metrics of every job (listeners implementing
 * {@code EveryJobListener} are attached to all jobs). Never names a particular job.
 */
package io.finnexus.api.jobs;
