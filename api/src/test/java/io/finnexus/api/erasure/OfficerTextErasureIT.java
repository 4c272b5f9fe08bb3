package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.api.personal.PersonalFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 for what officers write: a case's title, comments and SAR narrative (and an alert's
 * closing reason in the audit log) name the customer, so they are stored sealed under the case's
 * customer, shown to officers in clear, and shown as {@code [erased]} once that customer is erased,
 * while another customer's case stays intact.
 */
class OfficerTextErasureIT extends ApiTestSupport {

  private static final Instant AT = Instant.parse("2018-03-01T10:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired AlertUpserter upserter;

  /** A customer and the personal data an officer types about them. */
  private record Customer(String id, String name, String iban) {
    static Customer of(String kind) {
      String id = "OT-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
      return new Customer(id, "Erika Mustermann " + id, "DE89" + Math.abs(id.hashCode()) + "00");
    }

    String title() {
      return "Mule ring around " + name;
    }

    String comment() {
      return name + " moved the funds on from " + iban;
    }

    String narrative() {
      return name + " received 9 deposits on " + iban + " and sent them abroad within days";
    }
  }

  @Test
  void officersTextIsSealedShownInClearAndErasedWithItsCustomer() {
    ApiClient officer = as("officer");
    ApiClient supervisor = as("supervisor");
    Customer erased = Customer.of("erased");
    Customer kept = Customer.of("kept");
    ErasureSteps.relationship(
        jdbc, erased.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2018, 12, 31));
    String erasedCase = caseWithText(officer, supervisor, erased);
    String keptCase = caseWithText(officer, supervisor, kept);
    String closedAlert = erased.id() + "-A3";
    upserter.upsert(List.of(TestAlerts.cycle(closedAlert, erased.id(), AT, 0.4)));
    var closed =
        officer.post(
            "/alerts/" + closedAlert + "/close",
            Map.of("disposition", "false_positive", "reason", "known to " + erased.name()));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);

    assertStoredSealed(erased, erasedCase);
    assertStoredSealed(kept, keptCase);
    assertShownInClear(officer, erased, erasedCase);

    JsonNode erasure = ErasureSteps.execute(as("admin"), erased.id());
    assertThat(erasure.get("state").asString()).isEqualTo("EXECUTED");

    JsonNode view = officer.get("/cases/" + erasedCase).json();
    assertThat(view.get("title").asString()).isEqualTo(PersonalFields.ERASED);
    assertThat(view.get("sarNarrative").asString()).isEqualTo(PersonalFields.ERASED);
    assertThat(view.get("comments").findValuesAsString("body"))
        .containsExactly(PersonalFields.ERASED, PersonalFields.ERASED);
    var sar = officer.get("/cases/" + erasedCase + "/sar");
    assertThat(sar.status()).isEqualTo(200);
    assertThat(sar.json().get("narrative").asString()).isEqualTo(PersonalFields.ERASED);
    var html = officer.get("/cases/" + erasedCase + "/sar.html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.body()).contains(PersonalFields.ERASED).doesNotContain(erased.name());
    var list = officer.get("/cases?limit=500");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(erased.name()).contains(kept.title());
    assertStoredSealed(erased, erasedCase);

    var late = officer.post("/cases/" + erasedCase + "/comments", Map.of("body", erased.name()));
    assertThat(late.status()).as("nothing new about an erased customer is stored").isEqualTo(409);
    assertThat(late.header("Content-Type")).startsWith("application/problem+json");
    assertThat(late.body()).contains("erased");
    assertStoredSealed(erased, erasedCase);

    assertShownInClear(officer, kept, keptCase);
    assertStoredSealed(kept, keptCase);
  }

  @Test
  void textWrittenBeforeSealingIsShownAsStoredAndACaseWithoutCustomerStoresItAsWritten() {
    ApiClient officer = as("officer");
    Customer c = Customer.of("legacy");
    String caseId = caseWithText(officer, as("supervisor"), c);
    jdbc.update(
        "INSERT INTO case_comment (case_id, author, body) VALUES (?, 'officer', 'written in 2025')",
        caseId);
    assertThat(officer.get("/cases/" + caseId).json().get("comments").findValuesAsString("body"))
        .contains("written in 2025", c.comment());

    String ops = "OT-ops-" + UUID.randomUUID().toString().substring(0, 8);
    upserter.upsert(List.of(TestAlerts.cycle(ops, null, AT, 0.3)));
    String opsCase =
        officer
            .post("/cases", Map.of("title", "Gateway outage", "alertIds", List.of(ops)))
            .json()
            .get("caseId")
            .asString();
    assertThat(column("title", opsCase)).isEqualTo("Gateway outage");
    officer.post("/cases/" + opsCase + "/comments", Map.of("body", "also " + c.name()));

    // adding a customer's alert makes them the case's subject: what was written is sealed for them
    String customerAlert = c.id() + "-A9";
    upserter.upsert(List.of(TestAlerts.cycle(customerAlert, c.id(), AT, 0.5)));
    var added =
        officer.post("/cases/" + opsCase + "/alerts", Map.of("alertIds", List.of(customerAlert)));
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().get("title").asString()).isEqualTo("Gateway outage");
    assertThat(added.json().get("comments").findValuesAsString("body"))
        .containsExactly("also " + c.name());
    assertThat(column("subject_id", opsCase)).isEqualTo(c.id());
    assertThat(storedText(opsCase)).doesNotContain(c.name(), "Gateway outage");
  }

  /**
   * A case on two of the customer's alerts with a title, a comment, an escalation reason and a SAR
   * narrative naming them, waiting for approval.
   */
  private String caseWithText(ApiClient officer, ApiClient supervisor, Customer c) {
    upserter.upsert(
        List.of(
            TestAlerts.cycle(c.id() + "-A1", c.id(), AT, 0.9),
            TestAlerts.structuring(c.id() + "-A2", c.id(), AT.plusSeconds(60), 0.8)));
    var created =
        officer.post(
            "/cases",
            Map.of("title", c.title(), "alertIds", List.of(c.id() + "-A1", c.id() + "-A2")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String caseId = created.json().get("caseId").asString();
    assertThat(officer.post("/cases/" + caseId + "/comments", Map.of("body", c.comment())).status())
        .isEqualTo(200);
    assertThat(
            officer
                .post("/cases/" + caseId + "/escalate", Map.of("reason", "SAR for " + c.name()))
                .status())
        .isEqualTo(200);
    var prepared =
        supervisor.post(
            "/cases/" + caseId + "/disposition",
            Map.of("disposition", "sar_filed", "narrative", c.narrative()));
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
    return caseId;
  }

  private void assertShownInClear(ApiClient officer, Customer c, String caseId) {
    JsonNode view = officer.get("/cases/" + caseId).json();
    assertThat(view.get("title").asString()).isEqualTo(c.title());
    assertThat(view.get("sarNarrative").asString()).isEqualTo(c.narrative());
    assertThat(view.get("comments").findValuesAsString("body"))
        .containsExactly(c.comment(), "Escalated: SAR for " + c.name());
    assertThat(officer.get("/cases/" + caseId + "/sar").json().get("narrative").asString())
        .isEqualTo(c.narrative());
    assertThat(officer.get("/cases/" + caseId + "/sar.html").body())
        .contains(c.title(), c.narrative());
    assertThat(officer.get("/cases?limit=500").body()).contains(c.title());
  }

  /** Nothing the officers wrote about {@code c} is in clear in the tables or the audit log. */
  private void assertStoredSealed(Customer c, String caseId) {
    String stored = storedText(caseId);
    assertThat(stored).doesNotContain(c.name(), c.iban()).contains("fnx1:");
    String audit =
        String.join(
            "\n", jdbc.queryForList("SELECT row_to_json(l)::text FROM audit_log l", String.class));
    assertThat(audit).doesNotContain(c.name(), c.iban());
  }

  private String storedText(String caseId) {
    return jdbc.queryForObject(
            "SELECT row_to_json(c)::text FROM alert_case c WHERE case_id = ?", String.class, caseId)
        + String.join(
            "\n",
            jdbc.queryForList(
                "SELECT row_to_json(m)::text FROM case_comment m WHERE case_id = ?",
                String.class,
                caseId));
  }

  private String column(String name, String caseId) {
    return jdbc.queryForObject(
        "SELECT " + name + " FROM alert_case WHERE case_id = ?", String.class, caseId);
  }
}
