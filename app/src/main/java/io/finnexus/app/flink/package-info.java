/**
 * {@code finnexus flink} and {@code finnexus bench flink}: start the Flink AML job's shaded jar as
 * a child process. Imports nothing of Flink or of the aml-flink module (FRocksDB must never share a
 * class path with Kafka Streams' RocksDB); only the JDK and picocli.
 */
package io.finnexus.app.flink;
