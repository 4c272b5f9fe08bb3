/**
 * The retention purge: deletes rows past their category's retention, in small committed chunks,
 * skipping anything under a legal hold; dry-run, restartable, audited with counts only. Plain JDBC
 * with a seam for a Spring Batch step ({@link io.finnexus.retention.purge.ChunkedPurge}); may
 * import policy, hold and audit, never erasure.
 */
package io.finnexus.retention.purge;
