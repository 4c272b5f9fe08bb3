package io.finnexus.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * All four stores of the one-command demo, under one data directory: {@code <dir>/postgres}, {@code
 * <dir>/kafka}, {@code <dir>/mongo} and {@code <dir>/search}.
 *
 * <p>Contract: {@link #start()} starts PostgreSQL, Kafka and MongoDB, and the search node in
 * parallel with them (it is the slowest); if search cannot run here ({@link
 * EmbeddedSearch#isAvailable()}) the stack runs without it and {@link #search()} is empty. If a
 * server fails to start, those already started are stopped and the failure is thrown. {@link
 * #close()} stops them in reverse order of start; persistent data stays.
 */
public final class EmbeddedStack implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final EmbeddedKafka kafka;
  private final EmbeddedMongo mongo;
  private final Optional<EmbeddedSearch> search;
  private final List<EmbeddedServer> started = new ArrayList<>();

  private EmbeddedStack(
      EmbeddedPostgres postgres,
      EmbeddedKafka kafka,
      EmbeddedMongo mongo,
      Optional<EmbeddedSearch> search) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.mongo = mongo;
    this.search = search;
  }

  /** A stack whose data survives restarts, in subdirectories of {@code dataDirectory}. */
  public static EmbeddedStack persistent(Path dataDirectory) {
    Path dir = dataDirectory.toAbsolutePath();
    return new EmbeddedStack(
        EmbeddedPostgres.persistent(dir.resolve("postgres")),
        EmbeddedKafka.persistent(dir.resolve("kafka")),
        EmbeddedMongo.persistent(dir.resolve("mongo")),
        searchIfAvailable(() -> EmbeddedSearch.persistent(dir.resolve("search"))));
  }

  /** A stack on throw-away data. */
  public static EmbeddedStack ephemeral() {
    return new EmbeddedStack(
        EmbeddedPostgres.ephemeral(),
        EmbeddedKafka.ephemeral(),
        EmbeddedMongo.ephemeral(),
        searchIfAvailable(EmbeddedSearch::ephemeral));
  }

  private static Optional<EmbeddedSearch> searchIfAvailable(Supplier<EmbeddedSearch> factory) {
    return EmbeddedSearch.isAvailable() ? Optional.of(factory.get()) : Optional.empty();
  }

  /** Starts every server; returns {@code this}. */
  public synchronized EmbeddedStack start() {
    CompletableFuture<Void> searchStarted =
        search
            .map(node -> CompletableFuture.runAsync(node::start))
            .orElseGet(() -> CompletableFuture.completedFuture(null));
    try {
      for (EmbeddedServer server : List.of(postgres, kafka, mongo)) {
        server.start();
        started.add(server);
      }
      searchStarted.join();
      search.ifPresent(started::add);
    } catch (RuntimeException e) {
      search.ifPresent(node -> started.add(node)); // stopping a node that never started is a no-op
      searchStarted.exceptionally(ignored -> null).join();
      close();
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause
          ? cause
          : e;
    }
    return this;
  }

  public EmbeddedPostgres postgres() {
    return postgres;
  }

  public EmbeddedKafka kafka() {
    return kafka;
  }

  public EmbeddedMongo mongo() {
    return mongo;
  }

  /** The search node, or empty where none can run ({@link EmbeddedSearch#unavailableReason()}). */
  public Optional<EmbeddedSearch> search() {
    return search;
  }

  /** Stops the servers, newest first; every one is attempted even if one fails. */
  @Override
  public synchronized void close() {
    RuntimeException failure = null;
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    started.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
