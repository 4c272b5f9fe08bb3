package io.finnexus.models.data;

import io.finnexus.models.artifact.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * SHA-256 of a feature table (schema version, feature names, then every row's key, event time,
 * values and label, in event-time order): the data fingerprint in a model's provenance.
 */
public final class DataHash {
  private DataHash() {}

  public static String of(FeatureTable table) {
    MessageDigest digest = Sha256.digest();
    digest.update((table.schemaVersion() + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update((String.join(",", table.featureNames()) + "\n").getBytes(StandardCharsets.UTF_8));
    ByteBuffer buffer = ByteBuffer.allocate(8 * (table.featureNames().size() + 2));
    for (LabelledRow row : table.rows()) {
      digest.update(row.key().getBytes(StandardCharsets.UTF_8));
      buffer.clear();
      buffer.putLong(row.eventTimeMillis());
      for (double v : row.features()) {
        buffer.putDouble(v);
      }
      buffer.putLong(row.positive() ? 1 : 0);
      digest.update(buffer.array(), 0, buffer.position());
    }
    return Sha256.hex(digest);
  }
}
