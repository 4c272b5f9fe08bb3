package io.finnexus.streams.model;

import io.finnexus.models.artifact.Sha256;
import io.finnexus.models.registry.ModelRegistry;
import io.finnexus.models.registry.PromotionGate;
import io.finnexus.schemas.avro.ModelEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the bytes of a model named by a {@link ModelEvent} come from: the event's inline artifact,
 * else {@code <artifact-dir>/<model_id>.fnx}, else the model registry (MongoDB), in that order. Any
 * inline or file bytes are checked against the event's SHA-256 when it carries one (a mismatch is
 * refused); the registry checks its own. Registry fetches go through a {@link RegistryGuard}
 * (circuit breaker, time limit), so MongoDB being down refuses a swap quickly instead of stalling
 * the model-events thread.
 */
public final class ArtifactSource {

  private final Optional<Path> directory;
  private final Optional<Function<String, byte[]>> registry;

  private ArtifactSource(Optional<Path> directory, Optional<Function<String, byte[]>> registry) {
    this.directory = directory;
    this.registry = registry;
  }

  /** Inline artifacts only. */
  public static ArtifactSource inlineOnly() {
    return new ArtifactSource(Optional.empty(), Optional.empty());
  }

  /** Inline artifacts, then the directory. */
  public static ArtifactSource inlineOrDirectory(Path directory) {
    return new ArtifactSource(Optional.of(directory), Optional.empty());
  }

  /** Inline artifacts, then the directory if given, then the registry in {@code mongoUri}. */
  public static ArtifactSource withRegistry(
      Optional<Path> directory, String mongoUri, String database) {
    return withRegistry(directory, mongoUri, database, new SimpleMeterRegistry());
  }

  /**
   * As {@link #withRegistry(Optional, String, String)}, the registry guarded by a {@link
   * RegistryGuard} whose breaker is exported to {@code meters}.
   */
  public static ArtifactSource withRegistry(
      Optional<Path> directory, String mongoUri, String database, MeterRegistry meters) {
    var client = com.mongodb.client.MongoClients.create(mongoUri);
    var registry =
        new ModelRegistry(
            client.getDatabase(database), PromotionGate.defaults(), event -> {}, Clock.systemUTC());
    Function<String, byte[]> fetch =
        id -> io.finnexus.models.artifact.ArtifactCodec.toBytes(registry.loadArtifact(id));
    return new ArtifactSource(directory, Optional.of(new RegistryGuard(fetch, meters)));
  }

  /** The artifact bytes of {@code event}'s model, verified; throws when none can be had. */
  public byte[] fetch(ModelEvent event) {
    return find(event);
  }

  private static byte[] verified(ModelEvent event, byte[] bytes) {
    String expected = event.getArtifactSha256();
    if (expected != null && !Sha256.hex(bytes).equalsIgnoreCase(expected)) {
      throw new IllegalStateException(
          "artifact of " + event.getModelId() + " does not match the event's SHA-256, refused");
    }
    return bytes;
  }

  private byte[] find(ModelEvent event) {
    ByteBuffer inline = event.getArtifact();
    if (inline != null) {
      byte[] bytes = new byte[inline.remaining()];
      inline.duplicate().get(bytes);
      return verified(event, bytes);
    }
    if (directory.isPresent()) {
      Path file = directory.get().resolve(event.getModelId() + ".fnx");
      if (Files.isRegularFile(file)) {
        try {
          return verified(event, Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return registry
        .map(r -> r.apply(event.getModelId()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no artifact for model "
                        + event.getModelId()
                        + ": not inline, not in the artifact directory, no registry configured"));
  }
}
