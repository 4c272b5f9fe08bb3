package io.finnexus.batch.backup.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import io.finnexus.embedded.EmbeddedS3;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.embedded.FreePorts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 target against a real S3 server (S3Proxy): a part bigger than the part size goes up as a
 * multipart upload and comes back byte for byte; a restarted upload skips what is there; an upload
 * that stops half-way leaves no manifest and no backup anyone would take as complete; wrong
 * credentials and an unreachable endpoint fail with one line naming the target and the reason.
 */
class S3BackupTargetIT {

  private static final String BUCKET = EmbeddedServers.s3().createBucket("target-it");

  @TempDir Path local;

  @Test
  void aBigPartGoesUpInPiecesAndComesBackByteForByteThenARerunSkipsIt() throws Exception {
    Manifest manifest = backup("big", Map.of("pg-public.alert.copy.gz.enc", 12 << 20));
    List<String> lines = new ArrayList<>();
    try (S3BackupTarget s3 = new S3BackupTarget(target(EmbeddedS3.SECRET_KEY))) {
      S3BackupTarget.Uploaded first = s3.upload(local.resolve("big"), manifest, lines::add);
      S3BackupTarget.Uploaded again = s3.upload(local.resolve("big"), manifest, lines::add);

      assertThat(first).isEqualTo(new S3BackupTarget.Uploaded(1, 0, 12 << 20));
      assertThat(again).isEqualTo(new S3BackupTarget.Uploaded(0, 1, 0));
      BackupStore copy = new BackupStore(local.resolve("downloaded"));
      assertThat(s3.download("big", copy, lines::add)).isEmpty();
      Path back = copy.directory("big").resolve("pg-public.alert.copy.gz.enc");
      assertThat(sha256(Files.readAllBytes(back)))
          .isEqualTo(manifest.parts().get(0).encryptedSha256());
      assertThat(copy.readManifest("big")).isEqualTo(manifest);
    }
  }

  @Test
  void anUploadThatStopsHalfWayLeavesNoCompleteBackup() throws Exception {
    Manifest manifest = backup("half", Map.of("pg-a.copy.gz.enc", 1000, "pg-b.copy.gz.enc", 2000));
    Files.delete(local.resolve("half").resolve("pg-b.copy.gz.enc"));
    try (S3BackupTarget s3 = new S3BackupTarget(target(EmbeddedS3.SECRET_KEY).withPrefix("half"))) {
      assertThatThrownBy(() -> s3.upload(local.resolve("half"), manifest, line -> {}))
          .isInstanceOf(java.nio.file.NoSuchFileException.class);

      assertThat(s3.newest()).isEmpty();
      assertThatThrownBy(() -> s3.manifest("half"))
          .hasMessageContaining("no complete backup half in s3://target-it/half/");
    }
  }

  @Test
  void wrongCredentialsFailWithOneLineNamingTheTargetAndTheReason() {
    try (S3BackupTarget s3 = new S3BackupTarget(target("wrong-secret"))) {
      assertThatThrownBy(s3::newest)
          .isInstanceOf(S3TargetException.class)
          .hasMessageStartingWith("S3 backup target s3://" + BUCKET + "/it/ at http://127.0.0.1:")
          .hasMessageContaining("listing failed: access denied (")
          .hasMessageContaining("check the access key and secret")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void anUnreachableEndpointFailsWithOneLine() {
    S3Target nowhere =
        new S3Target(
            Optional.of(URI.create("http://127.0.0.1:" + FreePorts.pick())),
            EmbeddedS3.REGION,
            BUCKET,
            "it",
            EmbeddedS3.ACCESS_KEY,
            EmbeddedS3.SECRET_KEY,
            true,
            S3Target.MIN_PART_SIZE);
    try (S3BackupTarget s3 = new S3BackupTarget(nowhere)) {
      assertThatThrownBy(s3::newest)
          .isInstanceOf(S3TargetException.class)
          .hasMessageContaining("listing failed: unreachable: ")
          .hasMessageContaining("Connect")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  private S3Target target(String secret) {
    return new S3Target(
        Optional.of(URI.create(EmbeddedServers.s3().connectionString())),
        EmbeddedS3.REGION,
        BUCKET,
        "it",
        EmbeddedS3.ACCESS_KEY,
        secret,
        true,
        S3Target.MIN_PART_SIZE);
  }

  /** A backup directory with random "encrypted" parts of the given sizes and its manifest file. */
  private Manifest backup(String id, Map<String, Integer> parts) throws Exception {
    BackupStore store = new BackupStore(local);
    Path dir = Files.createDirectories(store.directory(id));
    Random random = new Random(id.hashCode());
    List<ManifestPart> manifestParts = new ArrayList<>();
    for (var part : new java.util.TreeMap<>(parts).entrySet()) {
      byte[] bytes = new byte[part.getValue()];
      random.nextBytes(bytes);
      Files.write(dir.resolve(part.getKey()), bytes);
      manifestParts.add(
          new ManifestPart(
              part.getKey(),
              PartKind.POSTGRES_TABLE,
              "public." + part.getKey(),
              1,
              sha256(bytes),
              bytes.length,
              sha256(bytes),
              bytes.length,
              Instant.now().toString()));
    }
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT_VERSION,
            id,
            Instant.now().toString(),
            Instant.now().toString(),
            "42",
            Map.of(),
            List.of(),
            manifestParts);
    store.writeManifest(manifest);
    return manifest;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
