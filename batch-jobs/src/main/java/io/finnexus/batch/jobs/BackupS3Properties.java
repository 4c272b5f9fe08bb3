package io.finnexus.batch.jobs;

import io.finnexus.batch.backup.s3.S3Target;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The optional S3-compatible backup target ({@code finnexus.backup.s3.*}); off while {@code bucket}
 * is empty. Secrets come from configuration or the environment ({@code
 * FINNEXUS_BACKUP_S3_ACCESS_KEY}, {@code FINNEXUS_BACKUP_S3_SECRET_KEY}); with no access key the
 * AWS SDK's default chain ({@code AWS_ACCESS_KEY_ID} …, profiles, instance roles) is used.
 *
 * @param endpoint the store's URL (e.g. {@code http://minio:9000}); empty: AWS S3
 * @param region signing region
 * @param bucket the bucket, which must exist; empty: no S3 target
 * @param prefix key prefix inside the bucket
 * @param accessKey access key id
 * @param secretKey secret key (never logged)
 * @param pathStyle path-style requests (default true: what self-hosted stores need)
 * @param partSize multipart part size and threshold (default 16 MB, at least 5 MB)
 * @param scratchDir where backup-verify downloads a backup from the bucket before checking it
 */
@ConfigurationProperties("finnexus.backup.s3")
public record BackupS3Properties(
    @DefaultValue("") String endpoint,
    @DefaultValue("us-east-1") String region,
    @DefaultValue("") String bucket,
    @DefaultValue("") String prefix,
    @DefaultValue("") String accessKey,
    @DefaultValue("") String secretKey,
    @DefaultValue("true") boolean pathStyle,
    @DefaultValue("16MB") DataSize partSize,
    @DefaultValue("${java.io.tmpdir}/finnexus-s3") Path scratchDir) {

  /** Whether an S3 target is configured. */
  public boolean enabled() {
    return bucket != null && !bucket.isBlank();
  }

  /** The target; only when {@link #enabled()}. */
  public S3Target target() {
    return new S3Target(
        endpoint == null || endpoint.isBlank()
            ? Optional.empty()
            : Optional.of(URI.create(endpoint.trim())),
        region,
        bucket,
        prefix,
        accessKey,
        secretKey,
        pathStyle,
        partSize.toBytes());
  }

  @Override
  public String toString() {
    return enabled() ? target().toString() : "BackupS3Properties[off]";
  }
}
