package io.finnexus.streams.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small HTTP endpoint for operators and Kubernetes: {@code GET /metrics} (Prometheus text format)
 * and {@code GET /health} (200 with the state name while the app is RUNNING, 503 otherwise), on the
 * JDK's own HTTP server so the app needs no web framework.
 */
public final class OpsServer implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private OpsServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts serving on {@code port} (0 = any free port) of all interfaces.
   *
   * @param scrape the Prometheus text of all meters
   * @param state the app's state name, e.g. {@code RUNNING}
   */
  public static OpsServer start(int port, Supplier<String> scrape, Supplier<String> state) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext(
          "/metrics", exchange -> reply(exchange, 200, PROMETHEUS_TEXT, scrape.get()));
      server.createContext(
          "/health",
          exchange -> {
            String now = state.get();
            reply(exchange, "RUNNING".equals(now) ? 200 : 503, "text/plain", now + "\n");
          });
      server.setExecutor(Executors.newSingleThreadExecutor(OpsServer::daemon));
      server.start();
      return new OpsServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on port " + port, e);
    }
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "fraud-streams-ops-http");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
