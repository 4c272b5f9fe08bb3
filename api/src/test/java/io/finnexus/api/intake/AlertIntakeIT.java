package io.finnexus.api.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.seal.EnvelopePayloadSealer;
import io.finnexus.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alerts produced to Kafka show up through the API and search; replays never duplicate. */
class AlertIntakeIT extends ApiTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;

  @Test
  void anAlertTheEngineSealedIsStoredAsItCameAndShownInClear() {
    String customer = "CUST-" + UUID.randomUUID().toString().substring(0, 8);
    String id = customer + "-SEALED";
    Alert plain = TestAlerts.cycle(id, customer, Instant.now().minusSeconds(60), 0.8);
    Alert sealed = new EnvelopePayloadSealer(cipher).seal(Alert.newBuilder(plain).build());
    assertThat(sealed.getAccountId()).startsWith("fnx1:");
    TestAlerts.produce(List.of(sealed));

    ApiClient officer = as("officer");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(officer.get("/alerts/" + id).status()).isEqualTo(200));
    var detail = officer.get("/alerts/" + id).json();
    assertThat(detail.at("/alert/accountId").asString()).isEqualTo(plain.getAccountId());
    assertThat(detail.at("/alert/summary").asString()).isEqualTo(plain.getSummary());
    assertThat(detail.at("/involvedAccounts/1").asString())
        .isEqualTo(plain.getInvolvedAccounts().get(1));
    assertThat(jdbc.queryForList("SELECT account_id, summary FROM alert WHERE alert_id = ?", id))
        .as("the engine's tokens are stored as they came: not sealed twice, never in clear")
        .containsExactly(
            java.util.Map.of("account_id", sealed.getAccountId(), "summary", sealed.getSummary()));
  }

  @Test
  void producedAlertsAppearInTheQueueAndInSearchAndReplaysCreateNoDuplicates() {
    String customer = "CUST-" + UUID.randomUUID().toString().substring(0, 8);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      alerts.add(
          i % 2 == 0
              ? TestAlerts.cycle(customer + "-A" + i, customer, t0.plusSeconds(i), 0.55 + i * 0.03)
              : TestAlerts.structuring(customer + "-A" + i, customer, t0.plusSeconds(i), 0.4));
    }
    TestAlerts.produce(alerts);
    TestAlerts.produce(List.of(TestAlerts.cycle(customer + "-ABORTED", customer, t0, 0.9)), false);

    ApiClient officer = as("officer");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        officer
                            .get("/alerts?customer=" + customer + "&limit=200")
                            .json()
                            .get("items")
                            .size())
                    .isEqualTo(12));

    ApiClient.Response detail = officer.get("/alerts/" + customer + "-A0");
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.json().at("/alert/typology").asString()).isEqualTo("CYCLE");
    assertThat(detail.json().at("/alert/totalAmount").asString()).isEqualTo("14250.5000");
    assertThat(detail.json().at("/features/0/name").asString()).isEqualTo("cycle_length");
    assertThat(detail.json().at("/modelVersion").asString()).isEqualTo("3");
    assertThat(detail.json().at("/involvedAccounts").size()).isEqualTo(4);

    if (searchAvailable()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                var found = officer.get("/search/alerts?q=" + customer + "&typology=STRUCTURING");
                assertThat(found.status()).isEqualTo(200);
                assertThat(found.json().get("total").asLong()).isEqualTo(6);
              });
      var facets = officer.get("/search/alerts?q=" + customer).json().at("/facets/typology");
      assertThat(facets.toString()).contains("CYCLE").contains("STRUCTURING");
    } else {
      assertThat(officer.get("/search/alerts?q=x").status()).isEqualTo(503);
    }

    // An officer closes one alert, then the engine replays the whole batch.
    assertThat(
            officer
                .post(
                    "/alerts/" + customer + "-A1/close",
                    java.util.Map.of("disposition", "false_positive"))
                .status())
        .isEqualTo(200);
    TestAlerts.produce(alerts);
    TestAlerts.produce(List.of(TestAlerts.cycle(customer + "-MARKER", customer, t0, 0.1)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("alert_id = ?", customer + "-MARKER") == 1);

    assertThat(count("customer_id = ?", customer)).isEqualTo(13);
    assertThat(count("alert_id = ?", customer + "-ABORTED")).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM alert WHERE alert_id = ?", String.class, customer + "-A1"))
        .isEqualTo("CLOSED");
  }

  @Test
  void anUndecodableRecordIsDeadLetteredAndIntakeContinues() {
    String id = "GARBAGE-" + UUID.randomUUID();
    TestAlerts.produceRaw(id.getBytes(), new byte[] {9, 9, 9, 9});
    String customer = "CUST-" + UUID.randomUUID().toString().substring(0, 8);
    TestAlerts.produce(List.of(TestAlerts.cycle(customer + "-OK", customer, Instant.now(), 0.7)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("alert_id = ?", customer + "-OK") == 1);
    Integer dead =
        jdbc.queryForObject(
            "SELECT count(*) FROM dead_letter WHERE reason_code = 'UNDECODABLE_ALERT' AND raw_key = ?",
            Integer.class,
            (Object) id.getBytes());
    assertThat(dead).isEqualTo(1);
  }

  private int count(String where, Object arg) {
    return jdbc.queryForObject("SELECT count(*) FROM alert WHERE " + where, Integer.class, arg);
  }
}
