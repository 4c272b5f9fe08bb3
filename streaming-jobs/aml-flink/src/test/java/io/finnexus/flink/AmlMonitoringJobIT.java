package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.bench.SyntheticTraffic;
import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.validation.ReasonCode;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.replay.ReplayScorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a MiniCluster (parallelism 2, RocksDB, checkpoints) against the scoring core's replay
 * over the same labelled traffic: the two engines must raise the same alerts, citing the same
 * transactions. Invalid records reach the dead letters with their reason.
 */
class AmlMonitoringJobIT {
  static final long COUNT = 8_000;
  static final long INVALID_EVERY = 997;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path checkpoints;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void raisesTheSameAlertsAsTheReplay() throws Exception {
    TrafficGeneratorFunction generator =
        new TrafficGeneratorFunction(42, 300, 60_000, LedgerMode.SINGLE_ENTRY, INVALID_EVERY);
    JobSettings settings = settings(checkpoints);
    StreamExecutionEnvironment env = environment(settings);
    new AmlMonitoringJob(
            TestSources.traffic(generator, COUNT),
            TestSources.noRules(),
            new CollectingSink<>("alerts"),
            new CollectingSink<>("dlq"),
            new CollectingSink<>("late"),
            settings)
        .build(env);
    env.execute("aml-it");

    Map<String, Set<String>> flink = citedById(CollectingSink.<AlertRecord>collected("alerts"));
    Map<String, Set<String>> replay = replay(generator.traffic());
    assertThat(flink.keySet()).hasSizeGreaterThan(50).isEqualTo(replay.keySet());
    assertThat(flink).isEqualTo(replay);
    assertThat(typologies(CollectingSink.collected("alerts")))
        .contains("CYCLE", "STRUCTURING", "FAN_IN", "RAPID_MOVEMENT", "HIGH_RISK_JURISDICTION");

    List<ParsedTransaction> dead = CollectingSink.collected("dlq");
    assertThat(dead).hasSize((int) (COUNT / INVALID_EVERY));
    assertThat(dead)
        .allSatisfy(
            d ->
                assertThat(FinNexusSerdes.deadLetterCodec().decode(d.deadLetter).getReasonCode())
                    .isEqualTo(ReasonCode.UNDECODABLE.name()));
    assertThat(CollectingSink.<ParsedTransaction>collected("late")).isEmpty();
  }

  static JobSettings settings(Path checkpoints) {
    return JobSettings.parse(
        "--parallelism", "2",
        "--source-parallelism", "1",
        "--checkpoint-interval", "PT0.5S",
        "--checkpoint-dir", checkpoints.toUri().toString(),
        "--ledger-mode", "SINGLE_ENTRY");
  }

  static StreamExecutionEnvironment environment(JobSettings settings) {
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(settings.parallelism());
    return env;
  }

  /** Alert id → every transaction any emission of it cited (the alert store's upsert view). */
  static Map<String, Set<String>> citedById(List<AlertRecord> records) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (AlertRecord r : records) {
      Alert a = FinNexusSerdes.alertCodec().decode(r.avro);
      out.computeIfAbsent(a.getAlertId(), k -> new TreeSet<>()).addAll(a.getTransactionIds());
    }
    return out;
  }

  private static Map<String, Set<String>> replay(SyntheticTraffic traffic) {
    ReplayScorer scorer =
        new ReplayScorer(
            AmlThresholds.defaults(),
            new FraudScorer(FraudThresholds.defaults()),
            LedgerMode.SINGLE_ENTRY);
    for (long i = 0; i < COUNT; i++) {
      if (i % INVALID_EVERY != INVALID_EVERY - 1) {
        scorer.accept(traffic.transaction(i));
      }
    }
    scorer.finish();
    Map<String, Set<String>> out = new TreeMap<>();
    for (Alert a : scorer.alerts()) {
      if (a.getKind() == AlertKind.AML) {
        out.put(a.getAlertId(), new TreeSet<>(a.getTransactionIds()));
      }
    }
    return out;
  }

  private static Set<String> typologies(List<AlertRecord> records) {
    return records.stream().map(r -> r.typology).collect(Collectors.toSet());
  }
}
