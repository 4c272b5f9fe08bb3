package io.finnexus.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: JSON in, {@link Response} out, optional bearer token. */
public final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final Map<String, String> headers;

  public ApiClient(String base) {
    this(base, Map.of());
  }

  private ApiClient(String base, Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  /** The HTTP answer: status, headers, body text and the body as JSON (null when not JSON). */
  public record Response(int status, HttpResponse<String> raw) {
    public String body() {
      return raw.body();
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public ApiClient withHeader(String name, String value) {
    var all = new java.util.HashMap<>(headers);
    all.put(name, value);
    return new ApiClient(base, Map.copyOf(all));
  }

  public ApiClient bearer(String token) {
    return withHeader("Authorization", "Bearer " + token);
  }

  public ApiClient login(String username, String password) {
    Response r = post("/auth/token", Map.of("username", username, "password", password));
    if (r.status() != 200) {
      throw new IllegalStateException(
          "login " + username + " failed: " + r.status() + " " + r.body());
    }
    return bearer(r.json().get("access_token").asString());
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body);
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  public Response send(String method, String path, Object body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    headers.forEach(b::header);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
