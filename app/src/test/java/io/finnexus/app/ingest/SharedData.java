package io.finnexus.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the read-only reference data folder (shared/data) by walking up from the working dir. */
final class SharedData {
  private SharedData() {}

  static Optional<Path> folder(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
