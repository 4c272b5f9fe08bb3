package io.finnexus.batch.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup directory ({@code finnexus.backup.dir}): one sub-directory per backup id holding its
 * parts, per-part sidecars ({@code <part>.meta.json}, written when a part is complete; they make
 * the backup job restartable) and, once complete, {@code manifest.json}.
 */
public final class BackupStore {

  public static final String MANIFEST = "manifest.json";
  public static final String META_SUFFIX = ".meta.json";
  private static final Pattern BACKUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final Path root;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final JsonMapper json = JSON;

  public BackupStore(Path root) {
    this.root = root;
  }

  /** The directory holding one sub-directory per backup. */
  public Path root() {
    return root;
  }

  /** A manifest from its JSON (e.g. as downloaded from an S3 target). */
  public static Manifest parseManifest(byte[] manifestJson) {
    return JSON.readValue(manifestJson, Manifest.class);
  }

  /** The directory of {@code backupId}, validated (no path tricks). */
  public Path directory(String backupId) {
    if (backupId == null || !BACKUP_ID.matcher(backupId).matches()) {
      throw new IllegalArgumentException(
          "backup id must match " + BACKUP_ID.pattern() + ": '" + backupId + "'");
    }
    return root.resolve(backupId);
  }

  /** The id of the newest complete backup (by manifest creation time), if any. */
  public Optional<String> newest() {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(MANIFEST)))
          .map(d -> readManifest(d.getFileName().toString()))
          .max(Comparator.comparing(Manifest::createdAt).thenComparing(Manifest::backupId))
          .map(Manifest::backupId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  public Manifest readManifest(String backupId) {
    Path file = directory(backupId).resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no complete backup " + backupId + " in " + root);
    }
    return json.readValue(file.toFile(), Manifest.class);
  }

  public void writeManifest(Manifest manifest) throws IOException {
    write(directory(manifest.backupId()).resolve(MANIFEST), manifest);
  }

  /** Records a finished part (its sidecar). */
  public void writeMeta(String backupId, ManifestPart part) throws IOException {
    write(directory(backupId).resolve(part.file() + META_SUFFIX), part);
  }

  /** The finished parts of {@code backupId} so far, sorted by file name. */
  public List<ManifestPart> finishedParts(String backupId) throws IOException {
    Path dir = directory(backupId);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(META_SUFFIX))
          .sorted()
          .map(f -> json.readValue(f.toFile(), ManifestPart.class))
          .toList();
    }
  }

  /** Reads a small JSON sidecar of this store (e.g. the snapshot facts). */
  public <T> Optional<T> readJson(String backupId, String name, Class<T> type) {
    Path file = directory(backupId).resolve(name);
    return Files.isRegularFile(file)
        ? Optional.of(json.readValue(file.toFile(), type))
        : Optional.empty();
  }

  public void writeJson(String backupId, String name, Object value) throws IOException {
    write(directory(backupId).resolve(name), value);
  }

  private void write(Path file, Object value) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    json.writeValue(tmp.toFile(), value);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
