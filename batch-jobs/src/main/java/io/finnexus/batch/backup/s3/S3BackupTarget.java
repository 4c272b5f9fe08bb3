package io.finnexus.batch.backup.s3;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A backup in an S3-compatible bucket: object {@code <prefix><backupId>/<file>} for each part and
 * {@code <prefix><backupId>/manifest.json}. The manifest is uploaded last, so a backup whose upload
 * stopped half-way has none and is never taken as complete. Each part object carries its SHA-256
 * (user metadata {@value #SHA256_METADATA}): a restarted upload skips the parts already there with
 * the manifest's checksum and size. Integrity on the way back is checked by the existing verify and
 * restore code against the manifest's SHA-256 of every part.
 */
public final class S3BackupTarget implements AutoCloseable {

  public static final String SHA256_METADATA = "sha256";

  private final S3Target target;
  private final S3Client s3;

  public S3BackupTarget(S3Target target) {
    this.target = target;
    this.s3 = client(target);
  }

  public S3Target target() {
    return target;
  }

  /** What one upload did. */
  public record Uploaded(int partsUploaded, int partsAlreadyThere, long bytesUploaded) {}

  /**
   * Uploads the parts of {@code manifest} from {@code directory}, then the manifest file itself.
   * {@code progress} gets one line per part.
   */
  public Uploaded upload(Path directory, Manifest manifest, Consumer<String> progress)
      throws IOException {
    int uploaded = 0;
    int skipped = 0;
    long bytes = 0;
    for (ManifestPart part : manifest.parts()) {
      String key = key(manifest.backupId(), part.file());
      if (alreadyUploaded(key, part)) {
        skipped++;
        progress.accept(part.file() + ": already in " + target.describe());
        continue;
      }
      Path file = directory.resolve(part.file());
      new ObjectUpload(s3, target, key, Map.of(SHA256_METADATA, part.encryptedSha256())).send(file);
      uploaded++;
      bytes += Files.size(file);
      progress.accept(part.file() + ": uploaded, " + Files.size(file) + " bytes");
    }
    Path manifestFile = directory.resolve(BackupStore.MANIFEST);
    call(
        "upload of " + BackupStore.MANIFEST,
        () ->
            s3.putObject(
                b ->
                    b.bucket(target.bucket())
                        .key(key(manifest.backupId(), BackupStore.MANIFEST))
                        .contentType("application/json"),
                RequestBody.fromFile(manifestFile)));
    return new Uploaded(uploaded, skipped, bytes);
  }

  /** The id of the newest complete backup (one with a manifest) in the bucket, if any. */
  public Optional<String> newest() {
    List<String> ids = new ArrayList<>();
    call(
        "listing",
        () -> {
          for (S3Object o :
              s3.listObjectsV2Paginator(b -> b.bucket(target.bucket()).prefix(target.prefix()))
                  .contents()) {
            String rest = o.key().substring(target.prefix().length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.substring(slash + 1).equals(BackupStore.MANIFEST)) {
              ids.add(rest.substring(0, slash));
            }
          }
          return ids;
        });
    return ids.stream()
        .map(this::manifest)
        .max(Comparator.comparing(Manifest::createdAt).thenComparing(Manifest::backupId))
        .map(Manifest::backupId);
  }

  /** The manifest of {@code backupId}; fails when the bucket holds no complete backup of it. */
  public Manifest manifest(String backupId) {
    try {
      byte[] json =
          s3.getObjectAsBytes(
                  b -> b.bucket(target.bucket()).key(key(backupId, BackupStore.MANIFEST)))
              .asByteArray();
      return BackupStore.parseManifest(json);
    } catch (NoSuchKeyException e) {
      throw new IllegalArgumentException(
          "no complete backup " + backupId + " in " + target.describe() + " (no manifest)");
    } catch (SdkException e) {
      throw S3TargetException.of(target, "reading the manifest of " + backupId, e);
    }
  }

  /**
   * Downloads {@code backupId} into {@code store} (its directory is replaced): every part as
   * stored, then the manifest last, so the local copy counts as complete only once everything is
   * there. Bytes are not judged here: verify and restore compare them with the manifest. Returns
   * the parts missing from the bucket (left out of the local copy, for verify to report).
   */
  public List<String> download(String backupId, BackupStore store, Consumer<String> progress)
      throws IOException {
    Manifest manifest = manifest(backupId);
    Path dir = store.directory(backupId);
    deleteRecursively(dir);
    Files.createDirectories(dir);
    List<String> missing = new ArrayList<>();
    for (ManifestPart part : manifest.parts()) {
      Path file = dir.resolve(part.file());
      try {
        s3.getObject(
            b -> b.bucket(target.bucket()).key(key(backupId, part.file())),
            ResponseTransformer.toFile(file));
        progress.accept(part.file() + ": downloaded, " + Files.size(file) + " bytes");
      } catch (NoSuchKeyException e) {
        missing.add(part.file());
        progress.accept(part.file() + ": missing in " + target.describe());
      } catch (SdkException e) {
        throw S3TargetException.of(target, "download of " + part.file(), e);
      }
    }
    Path tmp = dir.resolve(BackupStore.MANIFEST + ".download");
    call(
        "download of " + BackupStore.MANIFEST,
        () ->
            s3.getObject(
                b -> b.bucket(target.bucket()).key(key(backupId, BackupStore.MANIFEST)),
                ResponseTransformer.toFile(tmp)));
    Files.move(
        tmp,
        dir.resolve(BackupStore.MANIFEST),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return missing;
  }

  /** Reads one object (e.g. for a test or a manual check). */
  public InputStream open(String backupId, String file) {
    return call(
        "download of " + file,
        () -> s3.getObject(b -> b.bucket(target.bucket()).key(key(backupId, file))));
  }

  public String key(String backupId, String file) {
    return target.prefix() + backupId + "/" + file;
  }

  private boolean alreadyUploaded(String key, ManifestPart part) {
    try {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(target.bucket()).key(key));
      return part.encryptedSha256().equals(head.metadata().get(SHA256_METADATA))
          && head.contentLength() == part.encryptedBytes();
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
        return false;
      }
      throw S3TargetException.of(target, "checking " + key, e);
    } catch (SdkException e) {
      throw S3TargetException.of(target, "checking " + key, e);
    }
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }

  private <T> T call(String action, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw S3TargetException.of(target, action, e);
    }
  }

  private static S3Client client(S3Target target) {
    AwsCredentialsProvider credentials =
        target.accessKey().isBlank()
            ? DefaultCredentialsProvider.builder().build()
            : StaticCredentialsProvider.create(
                AwsBasicCredentials.create(target.accessKey(), target.secretKey()));
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(target.region()))
            .forcePathStyle(target.pathStyle())
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            // integrity is the manifest's SHA-256; no CRC trailers that some stores refuse
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    target.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
