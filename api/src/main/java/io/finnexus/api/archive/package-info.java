/**
 * Transaction archive: a Kafka consumer (read_committed, manual commits after the database commit)
 * that writes every record of the {@code scored-transactions} topic to {@code
 * monitored_transaction} (amounts in exact ISO 4217 minor units), the "what monitoring saw" side of
 * the nightly reconciliation job. Idempotent per Kafka position; dead-letters what it cannot decode
 * or store.
 */
package io.finnexus.api.archive;
