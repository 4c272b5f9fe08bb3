package io.finnexus.batch.backup.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class S3TargetTest {

  @Test
  void theRestoreCommandReadsTheSameVariablesAsTheApiAndNeverShowsTheSecret() {
    S3Target target =
        S3Target.fromEnvironment(
            Map.of(
                "FINNEXUS_BACKUP_S3_BUCKET", "bank-backups",
                "FINNEXUS_BACKUP_S3_ENDPOINT", "http://minio:9000",
                "FINNEXUS_BACKUP_S3_PREFIX", "/finnexus/nightly/",
                "FINNEXUS_BACKUP_S3_ACCESSKEY", "AKIA1",
                "FINNEXUS_BACKUP_S3_SECRETKEY", "very-secret"));

    assertThat(target.prefix()).isEqualTo("finnexus/nightly/");
    assertThat(target.pathStyle()).isTrue();
    assertThat(target.partSize()).isEqualTo(16L << 20);
    assertThat(target.describe())
        .isEqualTo("s3://bank-backups/finnexus/nightly/ at http://minio:9000");
    assertThat(target.toString()).doesNotContain("very-secret");
  }

  @Test
  void aMissingBucketIsNamed() {
    assertThatThrownBy(() -> S3Target.fromEnvironment(Map.of()))
        .hasMessage("FINNEXUS_BACKUP_S3_BUCKET is not set");
  }
}
