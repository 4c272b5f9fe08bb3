package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.api.search.SearchNode;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.retention.crypto.MasterKeyService;
import io.finnexus.retention.erasure.ErasureLedger;
import io.finnexus.schemas.topic.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's end-to-end erasure: a subject with transactions, alerts and a closed case in
 * PostgreSQL, the search index and Kafka (MongoDB holds only model artifacts); a backup; the
 * erasure; then nothing of the subject is readable anywhere, a full re-read of the compacted topics
 * included (once compaction has run, within the topics' erasure bound, shortened here), and
 * restoring the earlier backup (then re-applying the erasure ledger) leaves the subject unreadable
 * while another subject restores intact. Subjects under a legal hold or AML record keeping are
 * deferred, nothing erased.
 */
class ErasureEndToEndIT extends ApiTestSupport {

  @BeforeEach // after the context has started (ApiTestSupport sets the production defaults)
  void compactWithinSeconds() {
    ErasureTopics.shorten();
  }

  @AfterAll
  static void compactAsInProduction() {
    ErasureTopics.restore();
  }

  private static final Instant AT = Instant.parse("2018-03-01T10:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired MongoClient mongo;
  @Autowired BackupProperties backups;
  @Autowired ErasureLedger ledger;
  @Autowired MasterKeyService masterKeys;
  @Autowired SearchNode searchNode;

  @Test
  void anErasedSubjectIsUnreadableEverywhereAndStaysSoAfterRestoringAnOlderBackup()
      throws Exception {
    ApiClient officer = as("officer");
    ApiClient admin = as("admin");
    SubjectData erased = SubjectData.of("erased");
    SubjectData kept = SubjectData.of("kept");
    ErasureSteps.relationship(
        jdbc, erased.subject(), LocalDate.of(2012, 1, 1), LocalDate.of(2018, 12, 31));
    ErasureSteps.relationship(jdbc, kept.subject(), LocalDate.of(2015, 1, 1), null);
    List<String> erasedAlerts = seed(officer, erased, 2);
    List<String> keptAlerts = seed(officer, kept, 1);
    String caseId = closedCase(officer, erasedAlerts);

    // at rest the personal fields are sealed; the officer reads them decrypted
    assertThat(alertRowsText(erased)).doesNotContain(erased.account(), erased.counterpartyName());
    JsonNode detail = officer.get("/alerts/" + erasedAlerts.get(0)).json();
    assertThat(detail.at("/alert/accountId").asString()).isEqualTo(erased.account());
    assertThat(detail.at("/alert/summary").asString()).contains(erased.counterpartyName());
    assertThat(detail.at("/transactions/0/found").asBoolean()).isTrue();
    if (searchAvailable()) {
      assertThat(searchHits(officer, erased.account())).isEqualTo(2);
      assertThat(indexedText()).doesNotContain(erased.account(), erased.counterpartyName());
    }

    String backupId = "erasure-e2e-" + erased.subject().toLowerCase();
    assertThat(Jobs.run(as("scheduler"), "backup", Map.of("backupId", backupId)))
        .isEqualTo("COMPLETED");

    assertThat(erased.carrying(ErasureTopics.readAll(TopicNames.SCORED_TRANSACTIONS)))
        .as("the re-read can see the subject before the erasure")
        .hasSize(2);
    assertThat(erased.carrying(ErasureTopics.readAll(TopicNames.ALERTS))).hasSize(2);

    JsonNode done = erase(admin, erased.subject());
    assertThat(done.get("state").asString()).isEqualTo("CONFIRMED");
    assertThat(done.get("outcomes").findValuesAsString("target"))
        .containsExactly(
            "erasure-ledger",
            "search-index",
            "kafka-tombstones",
            "postgresql-rows:monitored_transaction",
            "crypto-shred");
    JsonNode kafka = done.get("outcomes").get(2);
    assertThat(kafka.get("erased").asLong()).as("2 transaction ids, 2 alert ids").isEqualTo(4);
    assertThat(Instant.parse(kafka.get("completeBy").asString()))
        .as("the topics' max.compaction.lag.ms as the broker has it, after the tombstones")
        .isBetween(
            Instant.parse(done.get("receivedAt").asString()).plus(ErasureTopics.SHORT_BOUND),
            Instant.parse(done.get("decidedAt").asString()).plus(ErasureTopics.SHORT_BOUND));

    assertNothingReadable(officer, admin, erased, erasedAlerts, caseId);
    assertReadable(officer, kept, keptAlerts.get(0));
    assertCompactedAway(erased, kept);

    try (RestoredDatabase restored =
        RestoredDatabase.restore(backups.dir(), backupId, masterKeys)) {
      assertThat(restored.summaryOf(erasedAlerts.get(0), erased.subject()))
          .as("before re-applying, the backup still holds the erased subject's key")
          .hasValueSatisfying(v -> assertThat(v).contains(erased.counterpartyName()));
      restored.reapply(ledger);
      assertThat(restored.summaryOf(erasedAlerts.get(0), erased.subject())).isEmpty();
      assertThat(restored.archivedRows(erased.account())).isZero();
      assertThat(restored.summaryOf(keptAlerts.get(0), kept.subject()))
          .hasValueSatisfying(v -> assertThat(v).contains(kept.counterpartyName()));
      assertThat(restored.archivedRows(kept.account())).isEqualTo(2);
    }
  }

  @Test
  void subjectsUnderLegalHoldOrAmlRecordKeepingAreDeferredWithTheirReasonAndKeepTheirData() {
    ApiClient officer = as("officer");
    ApiClient admin = as("admin");
    SubjectData held = SubjectData.of("held");
    SubjectData recent = SubjectData.of("recent");
    ErasureSteps.relationship(
        jdbc, held.subject(), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 6, 30));
    LocalDate ended = LocalDate.now().minusYears(1);
    ErasureSteps.relationship(jdbc, recent.subject(), LocalDate.of(2010, 1, 1), ended);
    String heldAlert = seed(officer, held, 1).get(0);
    String recentAlert = seed(officer, recent, 1).get(0);
    String holdId =
        admin
            .post(
                "/legal-holds",
                Map.of("scope", "CUSTOMER", "subjectId", held.subject(), "reason", "subpoena"))
            .json()
            .get("id")
            .asString();

    JsonNode onHold = erase(admin, held.subject());
    assertThat(onHold.get("state").asString()).isEqualTo("DEFERRED");
    assertThat(onHold.get("reason").asString()).contains("legal hold " + holdId);
    JsonNode underAml = erase(admin, recent.subject());
    assertThat(underAml.get("state").asString()).isEqualTo("DEFERRED");
    assertThat(underAml.get("reason").asString()).contains("AML record keeping");
    assertThat(underAml.get("deferredUntil").asString()).isEqualTo(ended.plusYears(5).toString());

    for (JsonNode deferred : List.of(onHold, underAml)) {
      assertThat(deferred.get("outcomes").isEmpty()).isTrue();
    }
    assertReadable(officer, held, heldAlert);
    assertReadable(officer, recent, recentAlert);
    assertThat(ledger.subjectHashes())
        .doesNotContain(ErasureLedger.hash(held.subject()), ErasureLedger.hash(recent.subject()));
  }

  private void assertNothingReadable(
      ApiClient officer, ApiClient admin, SubjectData s, List<String> alerts, String caseId) {
    for (String alertId : alerts) {
      JsonNode detail = officer.get("/alerts/" + alertId).json();
      assertThat(detail.at("/alert/accountId").asString()).isEqualTo(PersonalFields.ERASED);
      assertThat(detail.at("/alert/summary").asString()).isEqualTo(PersonalFields.ERASED);
      detail
          .get("involvedAccounts")
          .forEach(a -> assertThat(a.asString()).isEqualTo(PersonalFields.ERASED));
      assertThat(detail.at("/transactions/0/found").asBoolean()).isFalse();
      assertThat(detail.toString()).doesNotContain(s.account(), s.counterpartyName());
    }
    var queue = officer.get("/alerts?customer=" + s.subject());
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.body()).doesNotContain(s.account(), s.counterpartyName());
    var theCase = officer.get("/cases/" + caseId);
    assertThat(theCase.status()).isEqualTo(200);
    assertThat(theCase.body()).doesNotContain(s.account(), s.counterpartyName());
    assertThat(officer.get("/cases/" + caseId + "/sar.html").body())
        .doesNotContain(s.account(), s.counterpartyName());

    assertThat(alertRowsText(s)).doesNotContain(s.account(), s.counterpartyName(), s.memo());
    assertThat(
            count("SELECT count(*) FROM monitored_transaction WHERE subject_id = ?", s.subject()))
        .isZero();
    assertThat(
            count("SELECT count(*) FROM monitored_transaction WHERE account_id = ?", s.account()))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM dead_letter WHERE convert_from(raw_key, 'UTF8') LIKE ?",
                s.subject() + "%"))
        .as("tombstones are not dead-lettered")
        .isZero();

    assertThat(
            count(
                "SELECT count(*) FROM audit_log WHERE details::text LIKE '%' || ? || '%'",
                s.account()))
        .as("searches for the account are audited as tokens")
        .isZero();
    if (searchAvailable()) {
      assertThat(searchHits(officer, s.subject())).isZero();
      assertThat(searchHits(officer, s.account())).isZero();
      assertThat(admin.post("/search/reindex", null).status()).isEqualTo(200);
      assertThat(searchHits(officer, s.subject())).as("reindex skips the erased").isZero();
    }
    for (String collection : mongo.getDatabase("finnexus").listCollectionNames()) {
      for (Document doc : mongo.getDatabase("finnexus").getCollection(collection).find()) {
        assertThat(doc.toJson()).doesNotContain(s.subject(), s.account());
      }
    }
    Set<String> transactions = Set.of(s.transactionId(1), s.transactionId(2));
    Map<String, byte[]> scored =
        SubjectData.latestValues(TopicNames.SCORED_TRANSACTIONS, transactions);
    transactions.forEach(id -> assertThat(scored).containsEntry(id, null));
    Map<String, byte[]> raised = SubjectData.latestValues(TopicNames.ALERTS, Set.copyOf(alerts));
    alerts.forEach(id -> assertThat(raised).containsEntry(id, null));
  }

  /**
   * A full re-read of both compacted topics finds no record carrying the erased subject's personal
   * data once compaction has run (at the latest the erasure bound after the tombstones, with
   * traffic rolling the segments, plus the cleaner's pass), and every record of the kept subject.
   */
  private static void assertCompactedAway(SubjectData erased, SubjectData kept) {
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              ErasureTopics.writeTraffic();
              return erased
                      .carrying(ErasureTopics.readAll(TopicNames.SCORED_TRANSACTIONS))
                      .isEmpty()
                  && erased.carrying(ErasureTopics.readAll(TopicNames.ALERTS)).isEmpty();
            });
    List<ConsumerRecord<byte[], byte[]>> scored =
        ErasureTopics.readAll(TopicNames.SCORED_TRANSACTIONS);
    List<ConsumerRecord<byte[], byte[]>> alerts = ErasureTopics.readAll(TopicNames.ALERTS);
    assertThat(erased.carrying(scored)).isEmpty();
    assertThat(erased.carrying(alerts)).isEmpty();
    assertThat(kept.carrying(scored))
        .as("the other subject's scored transactions survive compaction")
        .extracting(r -> new String(r.key(), java.nio.charset.StandardCharsets.UTF_8))
        .containsExactlyInAnyOrder(kept.transactionId(1), kept.transactionId(2));
    assertThat(kept.carrying(alerts)).as("the other subject's alert survives").hasSize(1);
  }

  private void assertReadable(ApiClient officer, SubjectData s, String alertId) {
    JsonNode detail = officer.get("/alerts/" + alertId).json();
    assertThat(detail.at("/alert/accountId").asString()).isEqualTo(s.account());
    assertThat(detail.at("/alert/summary").asString()).contains(s.counterpartyName());
    assertThat(
            count("SELECT count(*) FROM monitored_transaction WHERE subject_id = ?", s.subject()))
        .isEqualTo(2);
    if (searchAvailable()) {
      assertThat(searchHits(officer, s.account())).isEqualTo(1);
    }
    Map<String, byte[]> scored =
        SubjectData.latestValues(
            TopicNames.SCORED_TRANSACTIONS, Set.of(s.transactionId(1), s.transactionId(2)));
    assertThat(scored.values()).hasSize(2).doesNotContainNull();
  }

  private List<String> seed(ApiClient officer, SubjectData s, int alerts) {
    s.produceTransactions(AT);
    List<String> ids = s.produceAlerts(alerts, AT);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count(
                            "SELECT count(*) FROM monitored_transaction WHERE subject_id = ?",
                            s.subject())
                        == 2
                    && ids.stream().allMatch(id -> officer.get("/alerts/" + id).status() == 200));
    if (searchAvailable()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> searchHits(officer, s.account()) == alerts);
    }
    return ids;
  }

  private static String closedCase(ApiClient officer, List<String> alertIds) {
    String caseId =
        officer
            .post("/cases", Map.of("title", "Structuring review", "alertIds", alertIds))
            .json()
            .get("caseId")
            .asString();
    var closed =
        officer.post("/cases/" + caseId + "/disposition", Map.of("disposition", "false_positive"));
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    return caseId;
  }

  private JsonNode erase(ApiClient admin, String subject) {
    JsonNode executed = ErasureSteps.execute(admin, subject);
    String id = executed.get("id").asString();
    if (!executed.get("state").asString().equals("EXECUTED")) {
      return executed;
    }
    // refused (409, "erasure not complete yet") until the Kafka outcome's completeBy has passed
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              var confirmed = admin.post("/erasure-requests/" + id + "/confirm", null);
              assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            });
    return admin.get("/erasure-requests/" + id).json();
  }

  private String alertRowsText(SubjectData s) {
    return String.join(
        "\n",
        jdbc.queryForList(
            "SELECT row_to_json(a)::text FROM alert a WHERE customer_id = ?",
            String.class,
            s.subject()));
  }

  private long count(String sql, String arg) {
    return jdbc.queryForObject(sql, Long.class, arg);
  }

  private static long searchHits(ApiClient officer, String q) {
    return officer.get("/search/alerts?q=" + q).json().get("total").asLong();
  }

  @SuppressWarnings("rawtypes")
  private String indexedText() throws java.io.IOException {
    var hits = searchNode.client().search(s -> s.index(searchNode.index()).size(1000), Map.class);
    return hits.hits().hits().toString()
        + hits.hits().hits().stream().map(h -> String.valueOf(h.source())).toList();
  }
}
