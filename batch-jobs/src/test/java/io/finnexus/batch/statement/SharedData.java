package io.finnexus.batch.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's read-only reference data ({@code shared/data}) by walking up from the working
 * directory: {@code /work/shared/data} next to the repo on a developer machine, {@code
 * ../shared/data} beside the clone in CI.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code shared/data/<relative>} if it exists above the working directory. */
  public static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
