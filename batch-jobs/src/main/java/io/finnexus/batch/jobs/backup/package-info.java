/**
 * The {@code backup} job: PostgreSQL (one REPEATABLE READ snapshot) and MongoDB (collections and
 * GridFS) into encrypted parts and a {@code manifest.json}, through the engine-free {@code
 * io.finnexus.batch.backup} package. Never imports the api or app modules.
 */
package io.finnexus.batch.jobs.backup;
