package io.finnexus.app.demo;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.app.cli.OperationFailedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a child's HTTP readiness while watching that no child has died meanwhile. */
final class Readiness {
  private static final Duration POLL = Duration.ofSeconds(1);

  private final DemoServices services;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(POLL).build();

  Readiness(DemoServices services) {
    this.services = services;
  }

  /** Returns once {@code url} answers 200; throws when a child exits or {@code timeout} passes. */
  void awaitHttp(String url, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(POLL).build();
    while (System.nanoTime() < deadline) {
      requireAllAlive();
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new OperationFailedException(
        "not ready after " + timeout.toSeconds() + " s: " + url + "; see " + services.log("api"));
  }

  void requireAllAlive() {
    for (ChildJvm child : services.children()) {
      if (!child.isAlive()) {
        throw new OperationFailedException(
            child.name() + " stopped unexpectedly; see " + services.log(child.name()));
      }
    }
  }
}
