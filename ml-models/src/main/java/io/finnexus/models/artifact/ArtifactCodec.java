package io.finnexus.models.artifact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes the {@code .fnx} format: a zip with {@value #MANIFEST} and one entry per
 * payload. Reading verifies every payload against the SHA-256 in the manifest, so a tampered
 * artifact is refused with {@link InvalidArtifactException} before any model library touches it.
 */
public final class ArtifactCodec {
  public static final String MANIFEST = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Files one artifact may hold (manifest included). */
  static final int MAX_ENTRIES = 256;

  private static final long DEFAULT_MAX_UNPACKED_BYTES = 1L << 30;

  private ArtifactCodec() {}

  public static ObjectMapper json() {
    return JSON;
  }

  public static byte[] toBytes(ModelArtifact artifact) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, MANIFEST, JSON.writeValueAsBytes(artifact.manifest()));
      for (Map.Entry<String, byte[]> e : new TreeMap<>(artifact.payloads()).entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static ModelArtifact fromBytes(byte[] bytes) {
    Map<String, byte[]> entries = unpack(bytes);
    byte[] manifestBytes = entries.remove(MANIFEST);
    if (manifestBytes == null) {
      throw new InvalidArtifactException("not a model artifact: no " + MANIFEST);
    }
    ArtifactManifest manifest = readManifest(manifestBytes);
    verify(manifest, entries);
    return new ModelArtifact(manifest, entries);
  }

  /**
   * The archive's entries, refusing a zip bomb before it fills the heap: at most {@link
   * #MAX_ENTRIES} entries, {@link #maxUnpackedBytes()} in all once inflated, no name twice.
   */
  private static Map<String, byte[]> unpack(byte[] bytes) {
    Map<String, byte[]> entries = new TreeMap<>();
    long budget = maxUnpackedBytes();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (entries.size() == MAX_ENTRIES) {
          throw new InvalidArtifactException("more than " + MAX_ENTRIES + " files in the artifact");
        }
        byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
        budget -= content.length;
        if (budget < 0) {
          throw new InvalidArtifactException(
              "artifact unpacks to more than " + maxUnpackedBytes() + " bytes: refused");
        }
        if (entries.put(e.getName(), content) != null) {
          throw new InvalidArtifactException("file '" + e.getName() + "' appears twice");
        }
      }
    } catch (IOException e) {
      throw new InvalidArtifactException("not a readable model artifact: " + e.getMessage(), e);
    }
    return entries;
  }

  /** {@code -Dfinnexus.artifact.max-unpacked-bytes}, default 1 GiB. */
  static long maxUnpackedBytes() {
    return Long.getLong("finnexus.artifact.max-unpacked-bytes", DEFAULT_MAX_UNPACKED_BYTES);
  }

  public static void write(ModelArtifact artifact, Path file) throws IOException {
    Files.write(file, toBytes(artifact));
  }

  public static ModelArtifact read(Path file) throws IOException {
    return fromBytes(Files.readAllBytes(file));
  }

  private static ArtifactManifest readManifest(byte[] bytes) {
    ArtifactManifest manifest;
    try {
      manifest = JSON.readValue(bytes, ArtifactManifest.class);
    } catch (IOException e) {
      throw new InvalidArtifactException("unreadable manifest: " + e.getMessage(), e);
    }
    if (manifest.formatVersion() > ArtifactManifest.CURRENT_FORMAT) {
      throw new InvalidArtifactException(
          "artifact format "
              + manifest.formatVersion()
              + " is newer than this version reads ("
              + ArtifactManifest.CURRENT_FORMAT
              + ")");
    }
    return manifest;
  }

  private static void verify(ArtifactManifest manifest, Map<String, byte[]> entries) {
    if (!entries.keySet().equals(manifest.payloadSha256().keySet())) {
      throw new InvalidArtifactException(
          "artifact "
              + manifest.modelId()
              + " payload files "
              + entries.keySet()
              + " differ from its manifest "
              + manifest.payloadSha256().keySet());
    }
    manifest
        .payloadSha256()
        .forEach(
            (name, expected) -> {
              String actual = Sha256.hex(entries.get(name));
              if (!actual.equals(expected)) {
                throw new InvalidArtifactException(
                    "artifact "
                        + manifest.modelId()
                        + " payload '"
                        + name
                        + "' fails its SHA-256 check (expected "
                        + expected
                        + ", got "
                        + actual
                        + "): tampered or corrupted, refusing to load");
              }
            });
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0L);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
