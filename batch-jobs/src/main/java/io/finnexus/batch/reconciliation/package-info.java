/**
 * Completeness reconciliation: the ledger of record (statement entries) against what monitoring
 * actually saw, producing typed {@link io.finnexus.batch.reconciliation.Break}s and a summary. Pure
 * Java with hash joins (no O(n²)); may import the statement package, never Spring, Kafka or the
 * api/app modules, so a Spring Batch step can wrap it unchanged.
 */
package io.finnexus.batch.reconciliation;
