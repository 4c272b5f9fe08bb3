/**
 * Splits a {@code Transaction} into per-account legs ({@link Movement}s): the cross-key mechanism
 * that lets a transfer between two monitored accounts update both keys. Imports nothing from Flink,
 * Kafka Streams or Spring.
 */
package io.finnexus.scoring.movement;
