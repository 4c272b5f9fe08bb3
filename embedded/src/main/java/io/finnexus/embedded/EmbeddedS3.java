package io.finnexus.embedded;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An S3-compatible object store inside this JVM (S3Proxy, Apache-2.0): the real S3 REST protocol
 * with AWS Signature V2/V4 authentication, multipart uploads and path-style addressing at {@code
 * http://127.0.0.1:PORT}, reached with any S3 client (the AWS SDK, the AWS CLI).
 *
 * <p>Why: no Docker here for MinIO; S3Proxy is a Maven artifact that starts in a few seconds (SDK
 * class loading).
 *
 * <p>Contract: {@link #ephemeral()} keeps objects in memory; {@link #persistent(Path)} stores one
 * directory per bucket under the data directory. Credentials are fixed ({@link #ACCESS_KEY}, {@link
 * #SECRET_KEY}): a request signed with others is refused with 403, as by a real store. Buckets are
 * made with {@link #createBucket(String)} (or the S3 API). Virtual-host addressing is not set up:
 * clients must use path-style requests. The dependency {@code org.gaul:s3proxy} is optional in this
 * module: a module that starts an {@code EmbeddedS3} declares it (tests: scope {@code test}).
 */
public final class EmbeddedS3 implements EmbeddedServer {

  /** The access key id the server accepts. */
  public static final String ACCESS_KEY = "finnexus";

  /** The secret key the server accepts. */
  public static final String SECRET_KEY = "finnexus-embedded-s3-secret";

  /** The region clients should sign for (the server accepts any). */
  public static final String REGION = "us-east-1";

  private final Optional<Path> dataDirectory;
  private S3ProxyServer server;
  private int port;

  private EmbeddedS3(Optional<Path> dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** A store keeping its objects in memory (tests). */
  public static EmbeddedS3 ephemeral() {
    return new EmbeddedS3(Optional.empty());
  }

  /** A store keeping its objects under {@code dataDirectory}, one directory per bucket. */
  public static EmbeddedS3 persistent(Path dataDirectory) {
    return new EmbeddedS3(Optional.of(dataDirectory.toAbsolutePath()));
  }

  @Override
  public synchronized EmbeddedS3 start() {
    if (server != null) {
      throw new IllegalStateException("S3 server already started");
    }
    dataDirectory.ifPresent(Directories::create);
    server = S3ProxyServer.start(dataDirectory, ACCESS_KEY, SECRET_KEY);
    port = server.port();
    return this;
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("S3 server is not running");
    }
    return port;
  }

  /** {@code http://127.0.0.1:PORT}, the endpoint URL for a path-style S3 client. */
  @Override
  public String connectionString() {
    return "http://127.0.0.1:" + port();
  }

  /** Creates {@code bucket} unless it exists; returns it. */
  public synchronized String createBucket(String bucket) {
    if (server == null) {
      throw new IllegalStateException("S3 server is not running");
    }
    server.createBucket(bucket);
    return bucket;
  }

  /** The data directory of a persistent store. */
  public Optional<Path> dataDirectory() {
    return dataDirectory;
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } finally {
      server = null;
    }
  }

  @Override
  public String toString() {
    return "EmbeddedS3[" + (isRunning() ? connectionString() : "stopped") + "]";
  }
}
