package io.finnexus.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The metrics contract ({@code deploy/metrics-contract.txt}) holds for the API: after the activity
 * that makes each meter appear (alerts through intake and a replay, a disposition, failed logins
 * and rejected credentials, an audit chain verification, a backup and its verification through the
 * jobs API), every metric the contract assigns to {@code api} is a sample of {@code
 * /actuator/prometheus}, and the new meters counted exactly that activity.
 */
class MetricsContractIT extends ApiTestSupport {

  /** The contract, relative to the api module (the working directory of the tests). */
  static final Path CONTRACT = Path.of("../deploy/metrics-contract.txt");

  @Test
  void everyApiMetricOfTheContractIsExportedAndCountsWhatHappened() throws Exception {
    ApiClient admin = as("admin");
    Instant started = Instant.now();
    PrometheusScrape before = scrape(admin);

    String id = "MC-" + UUID.randomUUID().toString().substring(0, 8);
    alertsThroughIntakeWithAReplay(id);
    assertThat(
            as("officer")
                .post("/alerts/" + id + "-1/close", Map.of("disposition", "false_positive"))
                .status())
        .isEqualTo(200);
    failedAuthentications();
    JsonNode verified = as("supervisor").get("/audit/verify").json();
    assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
    backupAndVerify(as("scheduler"), id);

    PrometheusScrape after = scrape(admin);
    List<String> missing = apiMetricsOfTheContract().stream().filter(m -> !after.has(m)).toList();
    assertThat(missing)
        .as("metrics of %s (service api) missing from /actuator/prometheus", CONTRACT)
        .isEmpty();

    Map<String, String> card = Map.of("typology", "CARD_TESTING", "source", "fraud-streams");
    assertThat(delta(before, after, "finnexus_alerts_raised_total", card))
        .as("two new alerts raised, the replay of one not counted")
        .isEqualTo(2);
    for (String method : List.of("password", "jwt", "api_key")) {
      assertThat(delta(before, after, "finnexus_auth_failures_total", Map.of("method", method)))
          .as("failed authentications by %s (a request without credentials is none)", method)
          .isEqualTo(1);
    }
    assertThat(after.value("finnexus_audit_chain_valid", Map.of())).isEqualTo(1);
    assertThat(
            delta(before, after, "finnexus_audit_verifications_total", Map.of("result", "valid")))
        .isGreaterThanOrEqualTo(1);
    for (String job : List.of("backup", "backup-verify")) {
      assertThat(
              delta(
                  before,
                  after,
                  "finnexus_batch_job_runs_total",
                  Map.of("job_name", job, "status", "COMPLETED")))
          .as("completed runs of %s", job)
          .isEqualTo(1);
      assertThat(
              after.value(
                  "finnexus_batch_job_last_success_timestamp_seconds", Map.of("job_name", job)))
          .as("last success of %s, epoch seconds", job)
          .isBetween(started.getEpochSecond() - 1.0, Instant.now().getEpochSecond() + 1.0);
    }
    assertThat(
            delta(before, after, "finnexus_backup_verifications_total", Map.of("result", "pass")))
        .isEqualTo(1);
    assertThat(after.value("finnexus_backup_verifications_total", Map.of("result", "fail")))
        .as("exported at zero")
        .isZero();
  }

  /** Two new alerts, then a replay of the first: raised counts 2, the replay is an update. */
  private void alertsThroughIntakeWithAReplay(String id) {
    Alert first = cardTesting(id + "-1");
    ApiClient officer = as("officer");
    TestAlerts.produce(List.of(first));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> officer.get("/alerts/" + id + "-1").status() == 200);
    TestAlerts.produce(List.of(first, cardTesting(id + "-2")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> officer.get("/alerts/" + id + "-2").status() == 200);
  }

  private static Alert cardTesting(String alertId) {
    return Alert.newBuilder(TestAlerts.cycle(alertId, alertId, Instant.now(), 0.8))
        .setTypology("CARD_TESTING")
        .setKind(AlertKind.FRAUD)
        .setEngine("fraud-streams")
        .build();
  }

  /** One of each kind of failure, and a request without credentials (not a failure). */
  private void failedAuthentications() {
    assertThat(
            client()
                .post("/auth/token", Map.of("username", "officer", "password", "wrong"))
                .status())
        .isEqualTo(401);
    assertThat(client().bearer("not.a.token").get("/me").status()).isEqualTo(401);
    assertThat(client().withHeader("X-API-Key", "fnx_unknown_key").get("/me").status())
        .isEqualTo(401);
    assertThat(client().get("/me").status()).isEqualTo(401);
  }

  private static void backupAndVerify(ApiClient scheduler, String id) {
    String backupId = "metrics-" + id;
    JsonNode backup = run(scheduler, "backup", Map.of("backupId", backupId));
    assertThat(backup.get("status").asString()).as(backup.toString()).isEqualTo("COMPLETED");
    JsonNode verify = run(scheduler, "backup-verify", Map.of("backupId", backupId));
    assertThat(verify.get("status").asString()).as(verify.toString()).isEqualTo("COMPLETED");
    assertThat(verify.get("exitCode").asString()).as(verify.toString()).isEqualTo("COMPLETED");
  }

  private static JsonNode run(ApiClient scheduler, String job, Map<String, String> parameters) {
    ApiClient.Response started =
        scheduler.post("/jobs/" + job + "/runs", Map.of("parameters", parameters));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String path = "/jobs/runs/" + started.json().get("executionId").asLong();
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                List.of("COMPLETED", "FAILED", "STOPPED")
                    .contains(scheduler.get(path).json().get("status").asString()));
    return scheduler.get(path).json();
  }

  private static PrometheusScrape scrape(ApiClient admin) {
    ApiClient.Response r = admin.get("/actuator/prometheus");
    assertThat(r.status()).isEqualTo(200);
    return new PrometheusScrape(r.body());
  }

  private static double delta(
      PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
    return after.value(name, labels) - before.value(name, labels);
  }

  /** The sample names the contract assigns to the api service. */
  private static List<String> apiMetricsOfTheContract() throws java.io.IOException {
    List<String> metrics =
        Files.readAllLines(CONTRACT).stream()
            .map(line -> line.split("#", 2)[0].strip())
            .filter(line -> !line.isEmpty())
            .map(line -> line.split("\\s+"))
            .filter(fields -> fields.length == 2 && fields[1].equals("api"))
            .map(fields -> fields[0])
            .toList();
    assertThat(metrics).as("api metrics in %s", CONTRACT.toAbsolutePath()).isNotEmpty();
    return metrics;
  }
}
