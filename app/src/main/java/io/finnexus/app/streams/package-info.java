/**
 * The {@code finnexus streams} command: starts the fraud-scoring app as a child process. Must not
 * import Kafka Streams or the streams app (they carry RocksDB, which may not share a JVM with
 * Flink).
 */
package io.finnexus.app.streams;
