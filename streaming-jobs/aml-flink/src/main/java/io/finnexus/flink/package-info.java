/**
 * The Flink AML-monitoring job: its graph ({@link io.finnexus.flink.AmlMonitoringJob}), typed
 * settings, Flink configuration and Kafka wiring. Depends on the scoring core and schemas; never on
 * Kafka Streams (FRocksDB and RocksDB cannot share a classpath) nor on the app.
 */
package io.finnexus.flink;
