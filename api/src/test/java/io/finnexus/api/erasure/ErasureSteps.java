package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Steps the erasure ITs share: a customer relationship on record, an erasure run through the API.
 */
final class ErasureSteps {

  private ErasureSteps() {}

  /** Receives, verifies and executes an erasure request; returns the request after execution. */
  static JsonNode execute(ApiClient admin, String subject) {
    var received =
        admin.post("/erasure-requests", Map.of("subjectId", subject, "channel", "email"));
    assertThat(received.status()).as(received.body()).isEqualTo(201);
    String id = received.json().get("id").asString();
    assertThat(admin.post("/erasure-requests/" + id + "/verify", null).status()).isEqualTo(200);
    var executed = admin.post("/erasure-requests/" + id + "/execute", null);
    assertThat(executed.status()).as(executed.body()).isEqualTo(200);
    return executed.json();
  }

  /** Records the subject's business relationship (what AML retention is counted from). */
  static void relationship(JdbcTemplate jdbc, String subject, LocalDate started, LocalDate ended) {
    jdbc.update(
        "INSERT INTO business_relationship (subject_id, started_on, ended_on) VALUES (?, ?, ?)",
        subject,
        started,
        ended);
  }
}
