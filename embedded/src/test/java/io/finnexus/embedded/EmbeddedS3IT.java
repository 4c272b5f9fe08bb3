package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 protocol against {@link EmbeddedS3} with the AWS SDK: objects, multipart, auth. */
class EmbeddedS3IT {

  private static EmbeddedS3 s3;

  @BeforeAll
  static void start() {
    s3 = StartupTimes.measure("S3Proxy", EmbeddedS3.ephemeral()::start);
    s3.createBucket("backups");
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  @Test
  void anObjectRoundTripsAndAMultipartUploadIsAssembledInOrder() throws Exception {
    try (S3Client client = client(EmbeddedS3.SECRET_KEY)) {
      client.putObject(b -> b.bucket("backups").key("a/small"), RequestBody.fromString("hello"));
      assertThat(client.getObjectAsBytes(b -> b.bucket("backups").key("a/small")).asUtf8String())
          .isEqualTo("hello");

      byte[] big = new byte[11 << 20];
      new Random(7).nextBytes(big);
      String id = client.createMultipartUpload(b -> b.bucket("backups").key("a/big")).uploadId();
      int partSize = 5 << 20;
      List<CompletedPart> parts = new java.util.ArrayList<>();
      for (int n = 1, off = 0; off < big.length; n++, off += partSize) {
        int len = Math.min(partSize, big.length - off);
        int partNumber = n;
        String etag =
            client
                .uploadPart(
                    b -> b.bucket("backups").key("a/big").uploadId(id).partNumber(partNumber),
                    RequestBody.fromBytes(java.util.Arrays.copyOfRange(big, off, off + len)))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
      }
      client.completeMultipartUpload(
          b ->
              b.bucket("backups")
                  .key("a/big")
                  .uploadId(id)
                  .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
      byte[] back = client.getObjectAsBytes(b -> b.bucket("backups").key("a/big")).asByteArray();
      assertThat(sha256(back)).isEqualTo(sha256(big));
      assertThat(parts).hasSize(3);
    }
  }

  @Test
  void aRequestSignedWithTheWrongSecretIsRefused() {
    try (S3Client client = client("not-the-secret")) {
      assertThatThrownBy(() -> client.listObjectsV2(b -> b.bucket("backups")))
          .isInstanceOf(S3Exception.class)
          .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
    }
  }

  @Test
  void aPersistentStoreKeepsItsObjectsAcrossARestart(@TempDir Path dir) {
    try (EmbeddedS3 first = EmbeddedS3.persistent(dir).start();
        S3Client client = client(first, EmbeddedS3.SECRET_KEY)) {
      first.createBucket("kept");
      client.putObject(b -> b.bucket("kept").key("k"), RequestBody.fromString("still here"));
    }
    try (EmbeddedS3 second = EmbeddedS3.persistent(dir).start();
        S3Client client = client(second, EmbeddedS3.SECRET_KEY)) {
      assertThat(client.getObjectAsBytes(b -> b.bucket("kept").key("k")).asUtf8String())
          .isEqualTo("still here");
    }
    assertThat(Files.isDirectory(dir.resolve("kept"))).isTrue();
  }

  private static S3Client client(String secret) {
    return client(s3, secret);
  }

  private static S3Client client(EmbeddedS3 server, String secret) {
    return S3Client.builder()
        .endpointOverride(URI.create(server.connectionString()))
        .region(Region.of(EmbeddedS3.REGION))
        .forcePathStyle(true)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, secret)))
        .build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
