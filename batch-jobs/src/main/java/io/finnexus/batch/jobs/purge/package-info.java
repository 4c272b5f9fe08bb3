/**
 * The {@code retention-purge} job: the retention module's restartable {@code ChunkedPurge} wrapped
 * in a tasklet (one committed chunk per call), over the configured purge targets; parameter {@code
 * dryRun} only counts. Imports the retention module, never the api or app modules.
 */
package io.finnexus.batch.jobs.purge;
