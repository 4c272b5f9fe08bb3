/**
 * Turns detector findings into Avro {@code Alert}s with deterministic ids and readable evidence.
 * Imports nothing from Flink, Kafka Streams or Spring.
 */
package io.finnexus.scoring.alert;
