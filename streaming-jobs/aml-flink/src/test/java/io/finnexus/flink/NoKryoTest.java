package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.event.TracedToken;
import io.finnexus.scoring.aml.PathToken;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.movement.Movement;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every event crosses operators with Flink's POJO serializer; Kryo is never used. */
class NoKryoTest {
  @TempDir Path dir;

  @Test
  void everyEventTypeIsAPojo() {
    for (Class<?> type :
        new Class<?>[] {
          ParsedTransaction.class,
          AlertRecord.class,
          RuleUpdate.class,
          Movement.class,
          PathToken.class,
          TracedLeg.class,
          TracedToken.class
        }) {
      assertThat(TypeInformation.of(type))
          .as(type.getSimpleName())
          .isInstanceOf(PojoTypeInfo.class);
    }
  }

  @Test
  void theWholeGraphBuildsWithGenericTypesDisabled() {
    StreamExecutionEnvironment env = environment();
    job().build(env);
    assertThat(env.getStreamGraph().getStreamNodes()).hasSizeGreaterThan(10);
  }

  @Test
  void aGenericTypeWouldBeRefused() {
    StreamExecutionEnvironment env = environment();
    env.fromSource(
            TestSources.traffic(generator(), 1), AmlMonitoringJob.watermarks(settings()), "src")
        .map(new ToOpaque(), TypeInformation.of(Opaque.class))
        .print();
    assertThatThrownBy(env::getStreamGraph)
        .hasMessageContaining("Generic types have been disabled");
  }

  /** Not a POJO (no default constructor): Flink would need Kryo for it. */
  static final class Opaque {
    final String value;

    Opaque(String value) {
      this.value = value;
    }
  }

  static final class ToOpaque implements MapFunction<ParsedTransaction, Opaque> {
    @Override
    public Opaque map(ParsedTransaction p) {
      return new Opaque(p.source);
    }
  }

  private StreamExecutionEnvironment environment() {
    return StreamExecutionEnvironment.getExecutionEnvironment(
        FlinkEnvironments.configuration(settings()));
  }

  private JobSettings settings() {
    return JobSettings.parse("--checkpoint-dir", dir.toUri().toString());
  }

  private AmlMonitoringJob job() {
    return new AmlMonitoringJob(
        TestSources.traffic(generator(), 10),
        TestSources.noRules(),
        new CollectingSink<>("nokryo-alerts"),
        new CollectingSink<>("nokryo-dlq"),
        new CollectingSink<>("nokryo-late"),
        settings());
  }

  private static TrafficGeneratorFunction generator() {
    return new TrafficGeneratorFunction(1, 10, 1000, LedgerMode.SINGLE_ENTRY, 0);
  }
}
