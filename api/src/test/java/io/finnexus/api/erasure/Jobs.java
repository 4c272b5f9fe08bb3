package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a batch job through the REST API and waits for its end. */
final class Jobs {

  private Jobs() {}

  /** Starts {@code job} and returns its final status (COMPLETED, FAILED or STOPPED). */
  static String run(ApiClient scheduler, String job, Map<String, String> parameters) {
    ApiClient.Response started =
        scheduler.post("/jobs/" + job + "/runs", Map.of("parameters", parameters));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String path = "/jobs/runs/" + started.json().get("executionId").asLong();
    await()
        .atMost(Duration.ofSeconds(180))
        .until(
            () ->
                List.of("COMPLETED", "FAILED", "STOPPED")
                    .contains(scheduler.get(path).json().get("status").asString()));
    return scheduler.get(path).json().get("status").asString();
  }
}
