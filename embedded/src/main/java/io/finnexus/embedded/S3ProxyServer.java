package io.finnexus.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * Everything that touches S3Proxy's classes, kept out of {@link EmbeddedS3} so that the embedded
 * module loads without S3Proxy on the class path (the dependency is optional): this class is only
 * loaded when an {@link EmbeddedS3} starts.
 */
final class S3ProxyServer {

  private final BlobStore blobs;
  private final S3Proxy proxy;

  private S3ProxyServer(BlobStore blobs, S3Proxy proxy) {
    this.blobs = blobs;
    this.proxy = proxy;
  }

  static S3ProxyServer start(Optional<Path> dataDirectory, String accessKey, String secretKey) {
    BlobStore blobs =
        dataDirectory
            .<BlobStore>map(dir -> new FilesystemNio2BlobStore(dir.toString()))
            .orElseGet(TransientNio2BlobStore::new);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobs)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    try {
      proxy.start();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while S3Proxy started", e);
    } catch (Exception e) {
      blobs.close();
      throw new IllegalStateException("S3Proxy did not start: " + e.getMessage(), e);
    }
    return new S3ProxyServer(blobs, proxy);
  }

  int port() {
    return proxy.getPort();
  }

  void createBucket(String bucket) {
    if (!blobs.containerExists(bucket)) {
      blobs.createContainer(bucket);
    }
  }

  void stop() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop: " + e.getMessage(), e);
    } finally {
      blobs.close();
    }
  }
}
