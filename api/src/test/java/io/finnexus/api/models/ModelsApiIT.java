package io.finnexus.api.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A data scientist registers a trained artifact, runs it as shadow; the gate needs a holdout. */
class ModelsApiIT extends ApiTestSupport {

  @Test
  void registerListShadowAndGateRefusalsAreReported() throws Exception {
    byte[] fnx;
    try (InputStream in = getClass().getResourceAsStream("/models/fraud-gbt-golden.fnx")) {
      fnx = in.readAllBytes();
    }
    String token =
        client()
            .post(
                "/auth/token",
                java.util.Map.of("username", "datascientist", "password", "finnexus-demo"))
            .json()
            .get("access_token")
            .asString();
    HttpResponse<String> created = upload(token, fnx);
    assertThat(created.statusCode())
        .as(created.body())
        .isEqualTo(201); // each test JVM has its own empty embedded MongoDB
    ApiClient ds = client().bearer(token);
    var listed = ds.get("/models?name=fraud").json();
    assertThat(listed.size()).isGreaterThanOrEqualTo(1);
    String modelId = listed.get(0).get("modelId").asString();
    assertThat(upload(token, fnx).statusCode()).isEqualTo(409);
    assertThat(upload(token, new byte[] {1, 2, 3}).statusCode()).isEqualTo(400);

    var shadow = ds.post("/models/" + modelId + "/shadow", null);
    assertThat(shadow.status()).as(shadow.body()).isEqualTo(200);
    assertThat(shadow.json().get("stage").asString()).isEqualTo("SHADOW");
    var promote = ds.post("/models/" + modelId + "/promote", null);
    assertThat(promote.status()).as(promote.body()).isEqualTo(409);
    assertThat(promote.json().get("detail").asString()).contains("holdout");
    assertThat(ds.post("/models/rollback?name=fraud", null).status()).isEqualTo(409);
    assertThat(ds.get("/models/no-such-model").status()).isEqualTo(404);
    assertThat(as("officer").get("/models?name=fraud").status()).isEqualTo(403);
  }

  private HttpResponse<String> upload(String token, byte[] body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/models"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
