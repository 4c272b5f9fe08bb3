package io.finnexus.embedded;

/**
 * A real server bound to a random free port on 127.0.0.1, started and stopped by its owner.
 *
 * <p>Contract: {@link #start()} blocks until the server answers its own protocol and returns {@code
 * this}; it may be called once. {@link #close()} stops the server, releases its port and any child
 * process, deletes throw-away data (never a persistent data directory) and is idempotent.
 */
public interface EmbeddedServer extends AutoCloseable {

  /** Starts the server and waits until it is ready; returns {@code this}. */
  EmbeddedServer start();

  /** Whether {@link #start()} completed and {@link #close()} has not been called. */
  boolean isRunning();

  /** The port the server listens on (only while running). */
  int port();

  /**
   * How a client reaches the server: a JDBC URL, Kafka bootstrap servers, a {@code mongodb://}
   * connection string or an {@code http://} base URL.
   */
  String connectionString();

  /** Stops the server; never throws for a server that is already stopped. */
  @Override
  void close();
}
