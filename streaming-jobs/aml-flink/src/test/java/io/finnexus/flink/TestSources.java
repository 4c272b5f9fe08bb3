package io.finnexus.flink;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.RuleUpdate;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/** Bounded sources for the job's tests. */
final class TestSources {
  private TestSources() {}

  static DataGeneratorSource<ParsedTransaction> traffic(
      GeneratorFunction<Long, ParsedTransaction> generator, long count) {
    return new DataGeneratorSource<>(generator, count, TypeInformation.of(ParsedTransaction.class));
  }

  static DataGeneratorSource<ParsedTransaction> traffic(
      TrafficGeneratorFunction generator, long count) {
    return traffic((GeneratorFunction<Long, ParsedTransaction>) generator, count);
  }

  /**
   * A rules source without a release: its one record carries no properties, which the monitor
   * ignores, so the default thresholds stay in force.
   */
  static DataGeneratorSource<RuleUpdate> noRules() {
    return new DataGeneratorSource<>(
        i -> new RuleUpdate(), 0, TypeInformation.of(RuleUpdate.class));
  }
}
