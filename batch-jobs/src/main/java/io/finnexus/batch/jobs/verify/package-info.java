/**
 * The {@code backup-verify} job: restores the newest (or a given) backup into a scratch PostgreSQL
 * database and scratch MongoDB databases, compares counts and checksums with the manifest and
 * sample rows with the live data, records the outcome in {@code backup_verification} and raises an
 * OPERATIONS alert on failure. Uses the engine-free {@code io.finnexus.batch.backup} package.
 */
package io.finnexus.batch.jobs.verify;
