package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade as an operator does it: stop the job with a savepoint part-way, start it again from
 * the savepoint, and the alerts of both halves are exactly those of an uninterrupted run (the
 * operator uids and state survive the restart; nothing is lost or raised twice).
 */
class SavepointRestartIT {
  static final long COUNT = 4_000;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void stopWithSavepointAndRestartRaisesExactlyTheAlertsOfAnUninterruptedRun() throws Exception {
    start("whole", null).getJobExecutionResult().get();

    JobClient first = start("first", null);
    awaitAlerts("first", 10);
    String savepoint = Savepoints.stopOnceRunning(first, dir.resolve("sp").toUri().toString());
    start("second", savepoint).getJobExecutionResult().get();

    List<String> resumed = new ArrayList<>(alerts("first"));
    resumed.addAll(alerts("second"));
    assertThat(alerts("first")).isNotEmpty().hasSizeLessThan(alerts("whole").size());
    assertThat(resumed).containsExactlyInAnyOrderElementsOf(alerts("whole"));
  }

  private JobClient start(String name, String savepoint) throws Exception {
    return Savepoints.job(
            dir,
            name,
            savepoint,
            new TrafficGeneratorFunction(11, 200, 60_000, LedgerMode.SINGLE_ENTRY, 0),
            COUNT,
            "sp")
        .executeAsync("savepoint-" + name);
  }

  private static List<String> alerts(String name) {
    return CollectingSink.<AlertRecord>collected("sp-alerts-" + name).stream()
        .map(a -> a.alertId + "|" + Base64.getEncoder().encodeToString(a.avro))
        .toList();
  }

  private static void awaitAlerts(String name, int atLeast) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (alerts(name).size() < atLeast && System.currentTimeMillis() < deadline) {
      Thread.sleep(20); // polling a condition, not waiting a fixed time
    }
    assertThat(alerts(name)).hasSizeGreaterThanOrEqualTo(atLeast);
  }
}
