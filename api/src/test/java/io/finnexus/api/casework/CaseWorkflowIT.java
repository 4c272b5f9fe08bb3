package io.finnexus.api.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases end to end: group, comment, escalate, SAR with four eyes, export. */
class CaseWorkflowIT extends ApiTestSupport {

  @Autowired AlertUpserter upserter;
  @Autowired JdbcTemplate jdbc;

  private List<String> seed() {
    String c = "C-" + UUID.randomUUID().toString().substring(0, 8);
    upserter.upsert(
        List.of(
            TestAlerts.cycle(c + "-1", c, Instant.parse("2026-02-01T10:00:00Z"), 0.91),
            TestAlerts.structuring(c + "-2", c, Instant.parse("2026-02-03T10:00:00Z"), 0.72)));
    return List.of(c + "-1", c + "-2");
  }

  @Test
  void aSarIsFiledOnlyWhenASecondPersonApproves() {
    List<String> alerts = seed();
    ApiClient officer = as("officer");
    ApiClient supervisor = as("supervisor");
    ApiClient supervisor2 = as("supervisor2");

    var created =
        officer.post("/cases", Map.of("title", "Cycle via two mules", "alertIds", alerts));
    assertThat(created.status()).isEqualTo(201);
    String caseId = created.json().get("caseId").asString();
    assertThat(officer.get("/alerts/" + alerts.get(0)).json().at("/alert/status").asString())
        .isEqualTo("IN_CASE");

    officer.post(
        "/cases/" + caseId + "/comments", Map.of("body", "Same beneficial owner on B and C"));
    var escalated = officer.post("/cases/" + caseId + "/escalate", Map.of("reason", "needs SAR"));
    assertThat(escalated.json().get("status").asString()).isEqualTo("ESCALATED");

    // The supervisor prepares the SAR; the same supervisor cannot approve it.
    var prepared =
        supervisor.post(
            "/cases/" + caseId + "/disposition",
            Map.of(
                "disposition",
                "sar_filed",
                "narrative",
                "Funds cycled through ACC-B-7 and ACC-C-9."));
    assertThat(prepared.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
    var self = supervisor.post("/cases/" + caseId + "/sar/approve", null);
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.json().get("type").asString()).endsWith("/four-eyes");
    assertThat(officer.post("/cases/" + caseId + "/sar/approve", null).status()).isEqualTo(403);

    var approved = supervisor2.post("/cases/" + caseId + "/sar/approve", null);
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().get("disposition").asString()).isEqualTo("sar_filed");
    assertThat(approved.json().get("preparedBy").asString()).isEqualTo("supervisor");
    assertThat(approved.json().get("approvedBy").asString()).isEqualTo("supervisor2");
    assertThat(officer.get("/alerts/" + alerts.get(1)).json().at("/alert/disposition").asString())
        .isEqualTo("sar_filed");

    var sar = officer.get("/cases/" + caseId + "/sar").json();
    assertThat(sar.get("narrative").asString()).contains("ACC-B-7");
    assertThat(sar.at("/totalAmountByCurrency/EUR").asString()).isEqualTo("28501.0000");
    assertThat(sar.get("typologies").toString()).contains("CYCLE", "STRUCTURING");
    var html = officer.get("/cases/" + caseId + "/sar.html");
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.body())
        .contains("Suspicious Activity Report")
        .contains(caseId)
        .contains("supervisor2");
    assertThat(officer.post("/cases/" + caseId + "/comments", Map.of("body", "late note")).status())
        .isEqualTo(200);
    assertThat(officer.post("/cases/" + caseId + "/escalate", Map.of()).status()).isEqualTo(409);
  }

  @Test
  void apiKeysCanNeitherPrepareNorApproveASar() {
    List<String> alerts = seed();
    String caseId =
        as("officer")
            .post("/cases", Map.of("title", "t", "alertIds", alerts))
            .json()
            .get("caseId")
            .asString();
    ApiClient admin = as("admin");
    ApiClient keyA = withKey(admin, "sar-bot-a");
    ApiClient keyB = withKey(admin, "sar-bot-b");
    Map<String, Object> sar = Map.of("disposition", "sar_filed", "narrative", "n");

    var byKey = keyA.post("/cases/" + caseId + "/disposition", sar);
    assertThat(byKey.status()).isEqualTo(403);
    assertThat(byKey.json().get("type").asString()).endsWith("/four-eyes");

    assertThat(as("supervisor").post("/cases/" + caseId + "/disposition", sar).status())
        .isEqualTo(200);
    var approvedByKey = keyB.post("/cases/" + caseId + "/sar/approve", null);
    assertThat(approvedByKey.status()).isEqualTo(403);
    assertThat(approvedByKey.json().get("type").asString()).endsWith("/four-eyes");
  }

  private ApiClient withKey(ApiClient admin, String name) {
    var created =
        admin.post("/api-keys", Map.of("name", name, "roles", List.of("OFFICER", "SUPERVISOR")));
    assertThat(created.status()).isEqualTo(201);
    return client().withHeader("X-API-Key", created.json().get("key").asString());
  }

  @Test
  void theDatabaseRefusesAFilingApprovedByItsPreparer() {
    List<String> alerts = seed();
    String caseId =
        as("officer")
            .post("/cases", Map.of("title", "t", "alertIds", alerts))
            .json()
            .get("caseId")
            .asString();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                jdbc.update(
                    "UPDATE alert_case SET prepared_by = 'x', approved_by = 'x', disposition = 'sar_filed' WHERE case_id = ?",
                    caseId))
        .isInstanceOf(DataIntegrityViolationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                jdbc.update(
                    "UPDATE alert_case SET disposition = 'sar_filed', prepared_by = 'x' WHERE case_id = ?",
                    caseId))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void falsePositiveClosesTheCaseAndItsAlertsAndBadBodiesAreRejected() {
    List<String> alerts = seed();
    ApiClient officer = as("officer");
    assertThat(officer.post("/cases", Map.of("title", "", "alertIds", alerts)).status())
        .isEqualTo(400);
    assertThat(
            officer
                .post(
                    "/cases",
                    Map.of("title", "x", "alertIds", List.of("nope-" + UUID.randomUUID())))
                .status())
        .isEqualTo(400);
    String caseId =
        officer
            .post("/cases", Map.of("title", "Payroll", "alertIds", alerts))
            .json()
            .get("caseId")
            .asString();
    var closed =
        officer.post("/cases/" + caseId + "/disposition", Map.of("disposition", "false_positive"));
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(officer.get("/alerts/" + alerts.get(0)).json().at("/alert/status").asString())
        .isEqualTo("CLOSED");
    assertThat(
            officer
                .post(
                    "/cases/" + caseId + "/disposition",
                    Map.of("disposition", "true_positive_no_sar"))
                .status())
        .isEqualTo(409);
    assertThat(officer.get("/cases/CASE-NOPE").status()).isEqualTo(404);
  }
}
