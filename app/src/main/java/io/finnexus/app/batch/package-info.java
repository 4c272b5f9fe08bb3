/**
 * The {@code finnexus batch run JOB} and {@code finnexus restore} commands: a minimal Spring
 * context with the batch-jobs configuration against a given PostgreSQL (or the embedded one), and a
 * plain restore from an encrypted backup. Imports batch-jobs and embedded, never the main command
 * class.
 */
package io.finnexus.app.batch;
