/**
 * Nightly controls of FinNexus: statement ingestion, completeness reconciliation, encrypted backups
 * and their restore. {@code statement}, {@code reconciliation} and {@code backup} are plain Java;
 * {@code jobs} wraps them as Spring Batch jobs with Quartz schedules. Nothing here may import the
 * api or app modules.
 */
package io.finnexus.batch;
