/**
 * The {@code reconciliation} job: the day's ledger of record (CSV or camt file, job parameter
 * {@code ledger}) against the {@code monitored_transaction} archive, through the plain-Java engine
 * of {@code io.finnexus.batch.reconciliation}; writes breaks, a report and an alert per unexplained
 * break, all as upserts keyed by run and break. May import the statement and reconciliation
 * packages, never the api or app modules.
 */
package io.finnexus.batch.jobs.reconciliation;
