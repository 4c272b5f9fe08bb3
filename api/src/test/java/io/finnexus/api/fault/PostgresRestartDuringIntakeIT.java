package io.finnexus.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.finnexus.api.ApiClient;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.consume.CommittingConsumer;
import io.finnexus.embedded.EmbeddedPostgres;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.embedded.history.HistoryCheck;
import io.finnexus.embedded.history.HistoryCheck.AuditRecord;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault matrix, PostgreSQL restart during alert intake: alerts flow in, an officer closes one, the
 * database goes down while more alerts arrive, comes back, more arrive and the engine replays the
 * first batch. The intake holds its Kafka position while it cannot store (it commits offsets only
 * after the database commits), so afterwards every alert is stored exactly once, the closed alert
 * is still closed, each close is audited once and the audit chain verifies.
 */
@ExtendWith(EmbeddedServers.class)
class PostgresRestartDuringIntakeIT {

  @TempDir Path pgData;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void intakeWaitsForTheDatabaseAndStoresEveryAlertExactlyOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String topic = "alerts-fault-" + run;
    EmbeddedServers.kafka().createTopic(topic, TopicNames.DEFAULT_PARTITIONS);
    IntakePosition position = new IntakePosition(EmbeddedServers.kafka().bootstrapServers());
    List<Alert> before = alerts(run, "B", 60);
    List<Alert> during = alerts(run, "D", 60);
    List<Alert> after = alerts(run, "A", 60);

    EmbeddedPostgres postgres = EmbeddedPostgres.persistent(pgData).start();
    String jdbcUrl = postgres.createDatabase("finnexus_fault");
    ListAppender<ILoggingEvent> retries = new ListAppender<>();
    try (postgres;
        position;
        ApiInstance api =
            ApiInstance.start(jdbcUrl, EmbeddedServers.kafka().bootstrapServers(), topic)) {
      JdbcTemplate jdbc = api.bean(JdbcTemplate.class);
      watchIntakeRetries(retries); // after startup: Spring Boot resets the logging configuration
      produceInTransactions(topic, before);
      await().atMost(Duration.ofSeconds(30)).until(() -> stored(jdbc, run) == before.size());
      ApiClient officer = api.as("officer");
      String closedBefore = before.get(0).getAlertId();
      close(officer, closedBefore);
      String group = "fault-intake-" + topic;
      await().atMost(Duration.ofSeconds(30)).until(() -> position.caughtUp(group, topic));
      long committedBeforeOutage = position.committed(group, topic);

      postgres.close();
      produceInTransactions(topic, during);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> retries.list.stream().anyMatch(PostgresRestartDuringIntakeIT::intakeFailed));
      assertThat(position.committed(group, topic))
          .as("the intake's committed Kafka position while it cannot store")
          .isEqualTo(committedBeforeOutage);
      postgres.start();

      produceInTransactions(topic, after);
      produceInTransactions(topic, before); // the engine replays the first batch
      int expected = before.size() + during.size() + after.size();
      await().atMost(Duration.ofSeconds(60)).until(() -> position.caughtUp(group, topic));
      assertThat(stored(jdbc, run)).isEqualTo(expected);
      String closedAfter = after.get(0).getAlertId();
      close(officer, closedAfter);
      assertThat(
              jdbc.queryForObject(
                  "SELECT status FROM alert WHERE alert_id = ?", String.class, closedBefore))
          .isEqualTo("CLOSED");

      RecordedHistory history = RecordedHistory.of(api);
      HistoryCheck.after("a PostgreSQL restart during alert intake")
          .alerts(
              "the alert table",
              Stream.of(before, during, after)
                  .flatMap(List::stream)
                  .map(Alert::getAlertId)
                  .toList(),
              history.alerts())
          .auditedOnce(
              history.audit(),
              List.of(
                  new AuditRecord("ALERT_CLOSE", closedBefore),
                  new AuditRecord("ALERT_CLOSE", closedAfter)))
          .auditChain(history.chain())
          .verify();
    } finally {
      ((Logger) LoggerFactory.getLogger(CommittingConsumer.class)).detachAppender(retries);
    }
  }

  private static List<Alert> alerts(String run, String batch, int n) {
    Instant at = Instant.now().minusSeconds(3_600);
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "FAULT-" + run + "-" + batch + i;
      alerts.add(TestAlerts.cycle(id, "CUST-" + run, at.plusSeconds(i), 0.5));
    }
    return alerts;
  }

  /** Several committed engine transactions, as the engines write them. */
  private static void produceInTransactions(String topic, List<Alert> alerts) {
    for (int i = 0; i < alerts.size(); i += 20) {
      TestAlerts.produce(topic, alerts.subList(i, Math.min(alerts.size(), i + 20)), true);
    }
  }

  private static void close(ApiClient officer, String alertId) {
    var closed =
        officer.post("/alerts/" + alertId + "/close", Map.of("disposition", "false_positive"));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
  }

  private static int stored(JdbcTemplate jdbc, String run) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM alert WHERE customer_id = ?", Integer.class, "CUST-" + run);
  }

  private static void watchIntakeRetries(ListAppender<ILoggingEvent> appender) {
    appender.start();
    ((Logger) LoggerFactory.getLogger(CommittingConsumer.class)).addAppender(appender);
  }

  private static boolean intakeFailed(ILoggingEvent event) {
    return event.getFormattedMessage().startsWith("alert-intake failed, retrying");
  }
}
