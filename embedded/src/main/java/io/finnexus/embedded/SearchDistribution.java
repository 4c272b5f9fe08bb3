package io.finnexus.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the Elasticsearch distribution (the {@code integ-test-zip} Maven artifact, no JDK inside)
 * is unpacked, in this order:
 *
 * <ol>
 *   <li>{@code -Dfinnexus.search.home} or {@code FINNEXUS_SEARCH_HOME}: an unpacked distribution;
 *   <li>the per-user cache {@code ~/.cache/finnexus/elasticsearch-VERSION} ({@code
 *       -Dfinnexus.cache.dir} moves it), filled on first use from
 *   <li>the zip in the local Maven repository ({@code -Dmaven.repo.local} or {@code
 *       ~/.m2/repository}), which building this module downloads.
 * </ol>
 *
 * <p>Why a cache and not the build's target dir: it is unpacked once per machine (not per clean
 * build, it is 147 MB), and it serves every module's tests and the demo jar alike. Concurrent JVMs
 * unpack it once under a file lock, into a temporary directory renamed into place when complete.
 */
final class SearchDistribution {

  private SearchDistribution() {}

  static String version() {
    return EmbeddedProperties.elasticsearchVersion();
  }

  /** Why the distribution cannot be had, or empty if it can. */
  static Optional<String> problem() {
    Optional<Path> configured = configuredHome();
    if (configured.isPresent()) {
      return isDistribution(configured.get())
          ? Optional.empty()
          : Optional.of("finnexus.search.home=" + configured.get() + " has no bin/elasticsearch");
    }
    if (isDistribution(cachedHome()) || Files.isRegularFile(mavenZip())) {
      return Optional.empty();
    }
    return Optional.of(
        "Elasticsearch "
            + version()
            + " distribution not found: neither "
            + cachedHome()
            + " nor "
            + mavenZip()
            + " exists (build the embedded module once: ./mvnw -pl embedded verify, or set"
            + " -Dfinnexus.search.home to an unpacked distribution)");
  }

  /** The unpacked distribution, unpacking the Maven zip into the cache first if needed. */
  static Path home() {
    Optional<Path> configured = configuredHome();
    if (configured.isPresent()) {
      return configured.get();
    }
    Path home = cachedHome();
    if (!isDistribution(home)) {
      unpackOnce(mavenZip(), home);
    }
    return home;
  }

  static Path cachedHome() {
    Path cacheDir =
        Optional.ofNullable(System.getProperty("finnexus.cache.dir"))
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "finnexus"));
    return cacheDir.resolve("elasticsearch-" + version());
  }

  static Path mavenZip() {
    Path repository =
        Optional.ofNullable(System.getProperty("maven.repo.local"))
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
    String v = version();
    return repository.resolve(
        "org/elasticsearch/distribution/integ-test-zip/elasticsearch/"
            + v
            + "/elasticsearch-"
            + v
            + ".zip");
  }

  private static Optional<Path> configuredHome() {
    return Optional.ofNullable(System.getProperty("finnexus.search.home"))
        .or(() -> Optional.ofNullable(System.getenv("FINNEXUS_SEARCH_HOME")))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }

  private static boolean isDistribution(Path home) {
    return Files.isRegularFile(home.resolve("bin/elasticsearch"));
  }

  private static void unpackOnce(Path zip, Path home) {
    Path parent = Directories.create(home.getParent());
    Path lockFile = parent.resolve(home.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (isDistribution(home)) {
        return; // another JVM unpacked it while we waited
      }
      Path partial = Files.createTempDirectory(parent, home.getFileName() + ".partial");
      try {
        unzipStrippingTopDirectory(zip, partial);
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Directories.deleteRecursively(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + zip + " into " + home, e);
    }
  }

  /** Unzips, dropping the archive's top directory, and marks {@code bin/} scripts executable. */
  static void unzipStrippingTopDirectory(Path zip, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        int slash = entry.getName().indexOf('/');
        if (slash < 0 || slash == entry.getName().length() - 1) {
          continue;
        }
        Path path = target.resolve(entry.getName().substring(slash + 1)).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("zip entry escapes the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(entries, path, StandardCopyOption.REPLACE_EXISTING);
          markExecutableIfScript(target, path);
        }
      }
    }
  }

  private static void markExecutableIfScript(Path target, Path file) throws IOException {
    String name = file.getFileName().toString();
    if (file.getParent().equals(target.resolve("bin"))
        && !name.endsWith(".bat")
        && !name.endsWith(".exe")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
