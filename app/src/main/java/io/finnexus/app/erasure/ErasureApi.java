package io.finnexus.app.erasure;

import io.finnexus.app.cli.OperationFailedException;
import io.finnexus.app.cli.UserInputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal client of the API's erasure and legal-hold endpoints. Authenticates with an API key
 * from {@code FINNEXUS_API_KEY} (header {@code X-API-Key}; never a command-line argument, which
 * other users can see). A 4xx answer is the user's problem (its problem+json detail becomes the
 * one-line error, exit 1); no answer or a 5xx is an operation failure (exit 2).
 */
final class ErasureApi {

  static final String KEY_VARIABLE = "FINNEXUS_API_KEY";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final String apiKey;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ErasureApi(String baseUrl, String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new UserInputException(KEY_VARIABLE + " is not set: create a key with POST /api-keys");
    }
    try {
      this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--api is not a URL: " + baseUrl);
    }
    this.apiKey = apiKey.trim();
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  JsonNode post(String path, Map<String, ?> body) {
    return send("POST", path, body);
  }

  void delete(String path) {
    send("DELETE", path, null);
  }

  private JsonNode send(String method, String path, Map<String, ?> body) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("X-API-Key", apiKey)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OperationFailedException("API at " + base + " unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OperationFailedException("interrupted while calling the API");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body().isBlank() ? null : JSON.readTree(response.body());
    }
    String problem = method + " /" + path + ": HTTP " + status + " " + detail(response.body());
    if (status >= 500) {
      throw new OperationFailedException(problem);
    }
    throw new UserInputException(problem);
  }

  /** The problem+json detail (or title), on one line. */
  private static String detail(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      JsonNode detail = problem.has("detail") ? problem.get("detail") : problem.get("title");
      return detail == null ? "" : detail.asString().replaceAll("\\s+", " ");
    } catch (RuntimeException e) {
      return "";
    }
  }
}
