package io.finnexus.batch.backup.s3;

import java.net.URI;
import java.util.Optional;

/**
 * Where backups go in an S3-compatible store.
 *
 * @param endpoint the store's URL (MinIO, Ceph, S3Proxy …); empty: AWS S3 of {@code region}
 * @param region signing region
 * @param bucket the bucket (must exist)
 * @param prefix key prefix, normalised to end with {@code /} unless empty
 * @param accessKey access key id; empty: the AWS SDK's default credential chain (env, profile …)
 * @param secretKey secret key (never logged, never in {@link #toString()})
 * @param pathStyle path-style requests ({@code endpoint/bucket/key}), what most self-hosted stores
 *     need
 * @param partSize objects larger than this are sent as multipart uploads of this part size (5 MiB
 *     at least, the S3 minimum)
 */
public record S3Target(
    Optional<URI> endpoint,
    String region,
    String bucket,
    String prefix,
    String accessKey,
    String secretKey,
    boolean pathStyle,
    long partSize) {

  public static final long MIN_PART_SIZE = 5L << 20;

  public S3Target {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("S3 backup target: bucket is required");
    }
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("S3 backup target: part size must be at least 5 MiB");
    }
    prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("^/+|/+$", "") + "/";
    accessKey = accessKey == null ? "" : accessKey;
    secretKey = secretKey == null ? "" : secretKey;
  }

  /**
   * The target from the environment variables that Spring binds to {@code finnexus.backup.s3.*} in
   * the API ({@code FINNEXUS_BACKUP_S3_ENDPOINT}, {@code _REGION}, {@code _BUCKET}, {@code
   * _PREFIX}, {@code _ACCESSKEY}, {@code _SECRETKEY}, {@code _PATHSTYLE}), for the {@code restore}
   * command, which only downloads (default part size). Fails with the variable's name when the
   * bucket is missing.
   */
  public static S3Target fromEnvironment(java.util.Map<String, String> env) {
    String bucket = env.getOrDefault("FINNEXUS_BACKUP_S3_BUCKET", "");
    if (bucket.isBlank()) {
      throw new IllegalArgumentException("FINNEXUS_BACKUP_S3_BUCKET is not set");
    }
    String endpoint = env.getOrDefault("FINNEXUS_BACKUP_S3_ENDPOINT", "").trim();
    return new S3Target(
        endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint)),
        env.getOrDefault("FINNEXUS_BACKUP_S3_REGION", "us-east-1"),
        bucket,
        env.getOrDefault("FINNEXUS_BACKUP_S3_PREFIX", ""),
        env.getOrDefault("FINNEXUS_BACKUP_S3_ACCESSKEY", ""),
        env.getOrDefault("FINNEXUS_BACKUP_S3_SECRETKEY", ""),
        Boolean.parseBoolean(env.getOrDefault("FINNEXUS_BACKUP_S3_PATHSTYLE", "true")),
        16L << 20);
  }

  /** The same target with another key prefix. */
  public S3Target withPrefix(String otherPrefix) {
    return new S3Target(
        endpoint, region, bucket, otherPrefix, accessKey, secretKey, pathStyle, partSize);
  }

  /** {@code s3://bucket/prefix} and the endpoint, for messages. */
  public String describe() {
    return "s3://" + bucket + "/" + prefix + endpoint.map(e -> " at " + e).orElse("");
  }

  @Override
  public String toString() {
    return "S3Target[" + describe() + "]";
  }
}
