package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Flink (with FRocksDB, which also defines {@code org.rocksdb}) must never reach this module's
 * classpath: Kafka Streams would silently run its stores on the wrong RocksDB.
 */
class ClasspathIsolationTest {

  @Test
  void flinkIsNotOnTheClasspathAndRocksDbIsKafkaStreamsOwn() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(loader.getResource("org/apache/flink/api/common/JobID.class")).isNull();
    assertThat(loader.getResource("org/rocksdb/RocksDB.class").toString()).contains("rocksdbjni");
  }
}
