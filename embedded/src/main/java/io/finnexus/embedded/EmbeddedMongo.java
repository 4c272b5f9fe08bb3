package io.finnexus.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MongoDB wire-protocol server running inside this JVM (bwaldvogel's mongo-java-server), reached
 * with the ordinary MongoDB driver at {@code mongodb://127.0.0.1:PORT}.
 *
 * <p>Why: the model registry (GridFS) and the scored-transaction archive only need documents,
 * indexes and GridFS; a real {@code mongod} has no Maven artifact, this server starts in
 * milliseconds.
 *
 * <p>Contract: {@link #ephemeral()} keeps data in memory; {@link #persistent(Path)} stores it in an
 * H2 MVStore file {@code finnexus.mv} in that directory. The oplog is enabled, so change streams on
 * a collection work. Supported: CRUD, the usual query and update operators, unique and compound
 * indexes, the common aggregation stages, GridFS, change streams. <b>Not supported</b> (differences
 * from a real MongoDB that callers must not rely on): multi-document transactions ({@code
 * withTransaction} fails) and {@code $text} search, both checked by {@code EmbeddedMongoIT}. Known
 * gaps of the library, not checked here: TTL indexes never expire documents, capped collections,
 * authentication and users, geospatial queries, and replica-set or write-concern semantics beyond
 * acknowledged writes.
 */
public final class EmbeddedMongo implements EmbeddedServer {

  /** File name of the persistent store inside the data directory. */
  public static final String STORE_FILE = "finnexus.mv";

  private final Optional<Path> dataDirectory;
  private MongoBackend backend;
  private MongoServer server;
  private InetSocketAddress address;

  private EmbeddedMongo(Optional<Path> dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** A server keeping its data in memory (tests). */
  public static EmbeddedMongo ephemeral() {
    return new EmbeddedMongo(Optional.empty());
  }

  /** A server storing its data in {@code dataDirectory}/{@value #STORE_FILE} (the demo). */
  public static EmbeddedMongo persistent(Path dataDirectory) {
    return new EmbeddedMongo(Optional.of(dataDirectory.toAbsolutePath()));
  }

  @Override
  public synchronized EmbeddedMongo start() {
    if (server != null) {
      throw new IllegalStateException("MongoDB server already started");
    }
    backend =
        dataDirectory
            .<MongoBackend>map(
                dir -> new H2Backend(Directories.create(dir).resolve(STORE_FILE).toString()))
            .orElseGet(MemoryBackend::new);
    server = new MongoServer(backend);
    server.enableOplog();
    server.bind("127.0.0.1", 0);
    address = server.getLocalAddress();
    return this;
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("MongoDB server is not running");
    }
    return address.getPort();
  }

  /** {@code mongodb://127.0.0.1:PORT}. */
  @Override
  public String connectionString() {
    return "mongodb://127.0.0.1:" + port();
  }

  /** The data directory of a persistent server. */
  public Optional<Path> dataDirectory() {
    return dataDirectory;
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    try {
      server.shutdownNow();
      backend.close();
    } finally {
      server = null;
      backend = null;
    }
  }

  @Override
  public String toString() {
    return "EmbeddedMongo[" + (isRunning() ? connectionString() : "stopped") + "]";
  }
}
