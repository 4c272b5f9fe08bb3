package io.finnexus.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.TestAlerts;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.embedded.history.HistoryCheck;
import io.finnexus.embedded.history.HistoryCheck.AuditRecord;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault matrix, API instance killed during a disposition: two API instances share one database; an
 * officer closes an alert on instance A, and A is killed (SIGKILL) while that close is inside its
 * transaction (the alert row already updated, the audit entry waiting for the chain's lock). The
 * other instance sees the close not applied at all (alert open, no audit entry); the officer's
 * retry there applies it once; a second retry changes nothing. The audit chain verifies.
 */
@ExtendWith(EmbeddedServers.class)
class ApiKilledDuringDispositionIT {

  /** The audit chain's advisory lock (AuditAppender.CHAIN_LOCK, "FNXAUDIT"). */
  private static final long CHAIN_LOCK = 0x464e584155444954L;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aDispositionCutOffByAKillIsAllOrNothingAndItsRetryAppliesOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String jdbcUrl = EmbeddedServers.postgres().createDatabase("fault_kill_" + run);
    String topic = "alerts-fault-" + run;
    String kafka = EmbeddedServers.kafka().bootstrapServers();
    EmbeddedServers.kafka().createTopic(topic, TopicNames.DEFAULT_PARTITIONS);
    String alertId = "KILL-" + run;

    try (ApiProcess doomed =
            ApiProcess.launch(
                ApiInstance.args(jdbcUrl, kafka, topic),
                Path.of("target", "fault-api-killed-" + run + ".log"));
        ApiInstance survivor = ApiInstance.start(jdbcUrl, kafka, topic);
        Connection lockHolder = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      JdbcTemplate jdbc = survivor.bean(JdbcTemplate.class);
      TestAlerts.produce(
          topic, List.of(TestAlerts.cycle(alertId, "CUST-" + run, Instant.now(), 0.8)), true);
      await().atMost(Duration.ofSeconds(30)).until(() -> status(jdbc, alertId) != null);

      ApiClient officerOnA = doomed.awaitReady(Duration.ofSeconds(200)).as("officer");
      hold(lockHolder, true);
      CompletableFuture<Integer> cutOff =
          CompletableFuture.supplyAsync(() -> close(officerOnA, alertId).status());
      int backend =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> waitingForTheChain(jdbc), pid -> pid != 0);
      doomed.kill();
      hold(lockHolder, false);
      await().atMost(Duration.ofSeconds(30)).until(() -> !backendAlive(jdbc, backend));
      assertThat(cutOff).failsWithin(Duration.ofSeconds(30));

      assertThat(status(jdbc, alertId)).as("the killed close left no trace").isEqualTo("NEW");
      assertThat(closeEntries(jdbc, alertId)).isZero();

      ApiClient officerOnB = survivor.as("officer");
      var retried = close(officerOnB, alertId);
      assertThat(retried.status()).as(retried.body()).isEqualTo(200);
      var again = close(officerOnB, alertId);
      assertThat(again.status()).as("a second retry is refused, changing nothing").isEqualTo(409);
      assertThat(again.header("Content-Type")).startsWith("application/problem+json");
      assertThat(status(jdbc, alertId)).isEqualTo("CLOSED");

      RecordedHistory history = RecordedHistory.of(survivor);
      HistoryCheck.after("an API instance killed during a disposition")
          .alerts(
              "the alert table",
              List.of(alertId),
              history.alerts().stream().filter(a -> a.alertId().equals(alertId)).toList())
          .auditedOnce(history.audit(), List.of(new AuditRecord("ALERT_CLOSE", alertId)))
          .auditChain(history.chain())
          .verify();
    }
  }

  private static ApiClient.Response close(ApiClient officer, String alertId) {
    return officer.post(
        "/alerts/" + alertId + "/close",
        Map.of("disposition", "false_positive", "reason", "cut off"));
  }

  /** Takes or releases the chain's lock as a session lock, as another writer would hold it. */
  private static void hold(Connection connection, boolean take) throws Exception {
    try (Statement s = connection.createStatement()) {
      s.execute(
          (take ? "SELECT pg_advisory_lock(" : "SELECT pg_advisory_unlock(") + CHAIN_LOCK + ")");
    }
  }

  /** The backend pid of a transaction waiting for the chain's lock, or 0. */
  private static int waitingForTheChain(JdbcTemplate jdbc) {
    List<Integer> pids =
        jdbc.queryForList(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
            Integer.class);
    return pids.isEmpty() ? 0 : pids.get(0);
  }

  private static boolean backendAlive(JdbcTemplate jdbc, int pid) {
    return jdbc.queryForObject(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = ?", Integer.class, pid)
        > 0;
  }

  private static String status(JdbcTemplate jdbc, String alertId) {
    List<String> s =
        jdbc.queryForList("SELECT status FROM alert WHERE alert_id = ?", String.class, alertId);
    return s.isEmpty() ? null : s.get(0);
  }

  private static int closeEntries(JdbcTemplate jdbc, String alertId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_log WHERE action = 'ALERT_CLOSE' AND subject_id = ?",
        Integer.class,
        alertId);
  }
}
