/**
 * The Kafka Streams fraud-scoring app: its topology ({@link io.finnexus.streams.FraudStreamsApp}),
 * topics and typed settings. It adapts the engine-free scoring core ({@code io.finnexus.scoring})
 * and never re-implements a feature or a rule; it must never import Flink (RocksDB vs FRocksDB).
 */
package io.finnexus.streams;
