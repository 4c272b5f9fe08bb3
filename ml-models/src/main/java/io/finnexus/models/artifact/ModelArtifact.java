package io.finnexus.models.artifact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model artifact in memory: its manifest and its payload files (model bytes, tree dump, scaler).
 * Immutable; {@link ArtifactCodec} turns it into the {@code .fnx} zip and back.
 */
public record ModelArtifact(ArtifactManifest manifest, Map<String, byte[]> payloads) {

  public ModelArtifact {
    payloads = Map.copyOf(payloads);
  }

  /** Builds an artifact, filling in the manifest's payload hashes. */
  public static ModelArtifact of(ArtifactManifest manifest, Map<String, byte[]> payloads) {
    Map<String, String> hashes = new LinkedHashMap<>();
    payloads.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
    return new ModelArtifact(manifest.withPayloadSha256(hashes), payloads);
  }

  public byte[] payload(String name) {
    byte[] bytes = payloads.get(name);
    if (bytes == null) {
      throw new InvalidArtifactException(
          "artifact " + manifest.modelId() + " has no payload '" + name + "'");
    }
    return bytes;
  }
}
