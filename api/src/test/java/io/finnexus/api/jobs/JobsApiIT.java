package io.finnexus.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Jobs over REST: list, trigger, progress, history, restart of a failed run. */
class JobsApiIT extends ApiTestSupport {

  @Test
  void aFailedRunIsRestartedFromWhereItStoppedAndProgressIsReported() {
    ApiClient scheduler = as("scheduler");
    var names = scheduler.get("/jobs").json().findValuesAsString("name");
    assertThat(names).contains("test-counting");
    System.out.println("jobs hosted by the API: " + names);

    String token = UUID.randomUUID().toString();
    var started =
        scheduler.post(
            "/jobs/test-counting/runs",
            Map.of("parameters", Map.of("total", "100", "failAt", "55", "failToken", token)));
    assertThat(started.status()).isEqualTo(202);
    long first = started.json().get("executionId").asLong();
    var failed = awaitTerminal(scheduler, first);
    assertThat(failed.get("status").asString()).isEqualTo("FAILED");
    assertThat(failed.at("/progress/done").asLong()).isEqualTo(50);
    assertThat(failed.at("/progress/total").asLong()).isEqualTo(100);
    assertThat(failed.get("exitDescription").asString())
        .as("the reason, without the stack trace")
        .contains("planted failure at item 55")
        .doesNotContain("\tat ", "\n");

    var restarted = scheduler.post("/jobs/runs/" + first + "/restart", null);
    assertThat(restarted.status()).isEqualTo(202);
    long second = restarted.json().get("executionId").asLong();
    var done = awaitTerminal(scheduler, second);
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.at("/progress/done").asLong()).as("resumed, not redone").isEqualTo(50);
    assertThat(done.at("/progress/total").asLong()).isEqualTo(100);

    var history = scheduler.get("/jobs/test-counting/runs").json();
    assertThat(history.findValuesAsString("status")).contains("FAILED", "COMPLETED");
    assertThat(scheduler.post("/jobs/runs/" + second + "/restart", null).status()).isEqualTo(409);
    assertThat(scheduler.post("/jobs/no-such-job/runs", Map.of()).status()).isEqualTo(404);
    assertThat(scheduler.get("/jobs/runs/99999999").status()).isEqualTo(404);
    assertThat(scheduler.post("/jobs/Bad_Name/runs", Map.of()).status()).isEqualTo(400);
  }

  private static tools.jackson.databind.JsonNode awaitTerminal(ApiClient client, long executionId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              String s = client.get("/jobs/runs/" + executionId).json().get("status").asString();
              return s.equals("COMPLETED") || s.equals("FAILED");
            });
    return client.get("/jobs/runs/" + executionId).json();
  }
}
