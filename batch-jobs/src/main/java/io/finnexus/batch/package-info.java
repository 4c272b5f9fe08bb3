/**
 * Nightly controls of FinNexus: statement ingestion and completeness reconciliation (backup and
 * backup verification follow). Sub-packages are plain Java so that Spring Batch steps can wrap them
 * later; nothing here may import the api or app modules.
 */
package io.finnexus.batch;
