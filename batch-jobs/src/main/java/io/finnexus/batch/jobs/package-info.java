/**
 * The Spring Batch jobs of the nightly controls, one sub-package and one {@code XJobConfiguration}
 * per job, plus what they share: job names, parameter access, fault injection for restart tests,
 * and the defaults ({@code batch-defaults.properties}). A host (the api module, the {@code finnexus
 * batch run} command) scans {@code io.finnexus.batch}; nothing here imports the api or app modules.
 */
package io.finnexus.batch.jobs;
