/**
 * The engine-free scoring core: what every engine (Kafka Streams, Flink, the CLI replay, the API)
 * calls to score a transaction, so a transaction scores the same everywhere. Imports nothing from
 * Flink, Kafka Streams or Spring (enforced by ArchUnit).
 */
package io.finnexus.scoring;
