/**
 * Alert intake: a Kafka consumer (read_committed, manual commits after the database commit) that
 * upserts alerts from the {@code alerts} topic by their deterministic id, dead-letters undecodable
 * records and announces new alerts to the search index. Imports {@code alert} events only.
 */
package io.finnexus.api.intake;
