package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.api.search.AlertIndexEraser;
import io.finnexus.retention.crypto.PersonalDataCipher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Erasure requests end to end on the real servers: AML record keeping and legal holds defer with
 * their legal reason, a lapsed relationship is crypto-shredded (and removed from the search index),
 * every step is audited without personal data, and bad input gets problem+json.
 */
class ErasureApiIT extends ApiTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired AlertUpserter upserter;
  @Autowired AlertIndexEraser searchIndex;

  private ApiClient admin;

  @BeforeEach
  void login() {
    admin = as("admin");
  }

  @AfterAll
  static void compactAsInProduction() {
    ErasureTopics.restore();
  }

  @Test
  void aRecentlyEndedRelationshipDefersUnderAmlRecordKeepingAndErasesNothing() {
    String subject = subject("recent");
    LocalDate ended = LocalDate.now().minusYears(1);
    ErasureSteps.relationship(jdbc, subject, LocalDate.of(2015, 1, 1), ended);
    String token = cipher.encrypt(subject, "name", "Recent Customer");

    JsonNode deferred = executed(subject);
    assertThat(deferred.get("state").asString()).isEqualTo("DEFERRED");
    assertThat(deferred.get("reason").asString()).contains("AML record keeping", "Art. 40(1)");
    assertThat(deferred.get("deferredUntil").asString()).isEqualTo(ended.plusYears(5).toString());
    assertThat(deferred.get("outcomes").isEmpty()).isTrue();
    assertThat(cipher.decrypt(subject, "name", token)).contains("Recent Customer");
  }

  @Test
  void anActiveRelationshipDefersWithoutAnEndDate() {
    String subject = subject("active");
    ErasureSteps.relationship(jdbc, subject, LocalDate.of(2020, 1, 1), null);
    JsonNode deferred = executed(subject);
    assertThat(deferred.get("state").asString()).isEqualTo("DEFERRED");
    assertThat(deferred.get("reason").asString()).contains("still active");
    assertThat(deferred.get("deferredUntil").isNull()).isTrue();
  }

  @Test
  void aLegalHoldDefersUntilReleased() {
    String subject = subject("held");
    String token = cipher.encrypt(subject, "iban", "DE89370400440532013000");
    var hold =
        admin.post(
            "/legal-holds",
            Map.of("scope", "CUSTOMER", "subjectId", subject, "reason", "pending litigation"));
    assertThat(hold.status()).isEqualTo(201);
    String holdId = hold.json().get("id").asString();
    JsonNode deferred = executed(subject);
    assertThat(deferred.get("state").asString()).isEqualTo("DEFERRED");
    assertThat(deferred.get("reason").asString()).contains("legal hold " + holdId);
    assertThat(deferred.get("reason").asString()).doesNotContain("litigation");
    assertThat(cipher.decrypt(subject, "iban", token)).isPresent();

    assertThat(admin.delete("/legal-holds/" + holdId).status()).isEqualTo(204);
    assertThat(admin.delete("/legal-holds/" + holdId).status()).isEqualTo(404);
    String id = deferred.get("id").asString();
    var executed = admin.post("/erasure-requests/" + id + "/execute", null);
    assertThat(executed.json().get("state").asString()).isEqualTo("EXECUTED");
  }

  @Test
  void aRelationshipEndedOverFiveYearsAgoIsCryptoShreddedAndConfirmed() {
    ErasureTopics.shorten();
    String subject = subject("lapsed");
    String other = subject("other");
    ErasureSteps.relationship(jdbc, subject, LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31));
    upserter.upsert(
        List.of(
            TestAlerts.cycle(
                subject + "-A1", subject, Instant.parse("2019-06-01T10:00:00Z"), 0.7)));
    String name = cipher.encrypt(subject, "name", "Lapsed Customer");
    String iban = cipher.encrypt(subject, "iban", "FR1420041010050500013M02606");
    String otherName = cipher.encrypt(other, "name", "Still Customer");
    if (searchAvailable()) {
      assertThat(searchIndex.countByCustomer(subject)).isEqualTo(1);
    }

    JsonNode done = executed(subject);
    assertThat(done.get("state").asString()).isEqualTo("EXECUTED");
    Map<String, JsonNode> outcomes = new HashMap<>();
    done.get("outcomes").forEach(o -> outcomes.put(o.get("target").asString(), o));
    assertThat(outcomes.get("crypto-shred").get("location").asString())
        .isEqualTo("postgresql:subject_key");
    assertThat(outcomes.get("crypto-shred").get("erased").asLong()).isEqualTo(1);
    assertThat(outcomes.get("search-index").get("erased").asLong())
        .isEqualTo(searchAvailable() ? 1 : 0);
    if (searchAvailable()) {
      assertThat(searchIndex.countByCustomer(subject)).isZero();
    }
    assertThat(cipher.decrypt(subject, "name", name)).isEmpty();
    assertThat(cipher.decrypt(subject, "iban", iban)).isEmpty();
    assertThat(cipher.decrypt(other, "name", otherName)).contains("Still Customer");
    // the alert itself is an AML record: it stays in PostgreSQL
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM alert WHERE customer_id = ?", Long.class, subject))
        .isEqualTo(1);

    String id = done.get("id").asString();
    await() // once Kafka's compaction bound (shortened here) has passed
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              var attempt = admin.post("/erasure-requests/" + id + "/confirm", null);
              assertThat(attempt.status()).as(attempt.body()).isEqualTo(200);
            });
    var confirmed = admin.get("/erasure-requests/" + id);
    assertThat(confirmed.json().get("state").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().get("outcomes").size()).isEqualTo(5);

    List<Map<String, Object>> audit =
        jdbc.queryForList(
            "SELECT action, details::text AS details FROM audit_log WHERE subject_id = ? ORDER BY seq",
            id);
    assertThat(audit)
        .extracting(r -> r.get("action"))
        .containsExactly(
            "erasure.received", "erasure.verified", "erasure.executed", "erasure.confirmed");
    assertThat(audit.toString()).doesNotContain(subject);
  }

  @Test
  void aRequestIsNotConfirmedWhileKafkaMayStillHoldTheSubjectsRecords() {
    ErasureTopics.restore();
    String subject = subject("compacting");
    ErasureSteps.relationship(jdbc, subject, LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31));
    upserter.upsert(
        List.of(
            TestAlerts.cycle(
                subject + "-A1", subject, Instant.parse("2019-06-01T10:00:00Z"), 0.7)));

    JsonNode done = executed(subject);
    JsonNode kafka = null;
    for (JsonNode o : done.get("outcomes")) {
      if (o.get("target").asString().equals("kafka-tombstones")) {
        kafka = o;
      }
    }
    assertThat(kafka.get("erased").asLong()).as("one alert id").isEqualTo(1);
    Instant completeBy = Instant.parse(kafka.get("completeBy").asString());
    assertThat(completeBy)
        .as("max.compaction.lag.ms of the production default, one day, after the tombstones")
        .isBetween(
            Instant.parse(done.get("receivedAt").asString()).plus(Duration.ofDays(1)),
            Instant.parse(done.get("decidedAt").asString()).plus(Duration.ofDays(1)));
    assertThat(kafka.get("what").asString()).contains("by " + completeBy + " at the latest");

    var early = admin.post("/erasure-requests/" + done.get("id").asString() + "/confirm", null);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.header("Content-Type")).startsWith("application/problem+json");
    assertThat(early.body())
        .contains("erasure not complete yet", "kafka-tombstones", "until " + completeBy);
    assertThat(early.json().get("state").asString()).isEqualTo("EXECUTED");
  }

  @Test
  void badInputGetsProblems() {
    var unknown = admin.get("/erasure-requests/" + UUID.randomUUID());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(admin.post("/erasure-requests/" + UUID.randomUUID() + "/verify", null).status())
        .isEqualTo(404);
    assertThat(admin.get("/erasure-requests/not-a-uuid").status()).isEqualTo(400);

    var missing = admin.post("/erasure-requests", Map.of("channel", "email"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.body()).contains("subjectId");
    assertThat(admin.post("/legal-holds", Map.of("scope", "CASE", "reason", "x")).status())
        .isEqualTo(400);

    String id = received(subject("twice"));
    assertThat(admin.post("/erasure-requests/" + id + "/verify", null).status()).isEqualTo(200);
    var again = admin.post("/erasure-requests/" + id + "/verify", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(admin.post("/erasure-requests/" + id + "/confirm", null).status()).isEqualTo(409);

    ApiClient officer = as("officer");
    assertThat(officer.post("/erasure-requests", Map.of("subjectId", "x")).status()).isEqualTo(403);
    assertThat(officer.get("/erasure-requests/" + id).status()).isEqualTo(403);
    assertThat(as("supervisor").get("/erasure-requests/" + id).status()).isEqualTo(200);
  }

  private JsonNode executed(String subject) {
    String id = received(subject);
    assertThat(admin.post("/erasure-requests/" + id + "/verify", null).status()).isEqualTo(200);
    var executed = admin.post("/erasure-requests/" + id + "/execute", null);
    assertThat(executed.status()).isEqualTo(200);
    return executed.json();
  }

  private String received(String subject) {
    var created = admin.post("/erasure-requests", Map.of("subjectId", subject, "channel", "email"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("state").asString()).isEqualTo("RECEIVED");
    return created.json().get("id").asString();
  }

  private static String subject(String kind) {
    return "ER-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
