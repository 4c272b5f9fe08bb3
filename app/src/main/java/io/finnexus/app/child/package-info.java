/**
 * The deployables that run as child JVMs of the {@code finnexus} command (the Kafka Streams app,
 * the Flink job, the API): finding their jars and starting and stopping them. Kafka Streams and
 * Flink each bring their own RocksDB ({@code org.rocksdb.*}) and can never share a JVM.
 */
package io.finnexus.app.child;
