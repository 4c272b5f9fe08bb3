package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized bodies are refused with 413 problem+json before authentication reads them. */
class BodySizeLimitIT extends ApiTestSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anAnonymousLoginWithAHugeBodyIsRefusedBeforeAnythingReadsIt() throws Exception {
    String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";

    HttpResponse<String> r = post("/auth/token", HttpRequest.BodyPublishers.ofString(huge));

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("payload-too-large").contains("1048576 bytes");
  }

  @Test
  void aChunkedBodyWithoutALengthIsCountedToo() throws Exception {
    byte[] big = new byte[1024 * 1024 + 1];
    HttpResponse<String> refused =
        post(
            "/auth/token",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    assertThat(refused.statusCode()).isEqualTo(413);

    byte[] login =
        "{\"username\":\"officer\",\"password\":\"finnexus-demo\"}"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> accepted =
        post(
            "/auth/token",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(login)));
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.body()).contains("access_token");
  }

  @Test
  void aModelUploadMayBeLargerThanAnOrdinaryBody() throws Exception {
    String token = tokenOf();
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/models"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024]))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isNotEqualTo(413).isBetween(400, 499);
    assertThat(r.body()).doesNotContain("payload-too-large");
  }

  private String tokenOf() {
    return client()
        .post("/auth/token", Map.of("username", "datascientist", "password", "finnexus-demo"))
        .json()
        .get("access_token")
        .asString();
  }

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
