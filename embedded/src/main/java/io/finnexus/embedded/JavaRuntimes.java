package io.finnexus.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime recent enough for the Elasticsearch node (the project itself builds on Java
 * 17, Elasticsearch 9 needs 21+), so the node runs on a different JDK than the tests.
 */
final class JavaRuntimes {

  static final int MINIMUM_FEATURE_VERSION = 21;
  private static final Pattern JAVA_VERSION =
      Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

  private JavaRuntimes() {}

  /**
   * The first home with Java {@value #MINIMUM_FEATURE_VERSION}+ among the candidates, in order;
   * then the newest one under {@code jvmDirectory} (e.g. {@code /usr/lib/jvm}).
   */
  static Optional<Path> find(List<Optional<Path>> candidates, Path jvmDirectory) {
    List<Path> ordered = new ArrayList<>();
    candidates.forEach(candidate -> candidate.ifPresent(ordered::add));
    ordered.addAll(newestFirst(jvmDirectory));
    return ordered.stream()
        .filter(home -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION)
        .findFirst();
  }

  /** The candidates of this machine: configured path, ES_JAVA_HOME, JAVA_HOME, this JVM. */
  static Optional<Path> findOnThisMachine(Optional<Path> configured) {
    return find(
        List.of(
            configured,
            environmentPath("ES_JAVA_HOME"),
            environmentPath("JAVA_HOME"),
            Optional.of(Path.of(System.getProperty("java.home")))),
        Path.of("/usr/lib/jvm"));
  }

  /**
   * The feature version (e.g. 25) of the Java home, read from its {@code release} file; empty if it
   * is no Java home with an executable {@code bin/java}.
   */
  static OptionalInt featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    try {
      Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
      return matcher.find()
          ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
          : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static List<Path> newestFirst(Path jvmDirectory) {
    if (!Files.isDirectory(jvmDirectory)) {
      return List.of();
    }
    try (Stream<Path> homes = Files.list(jvmDirectory)) {
      return homes
          .filter(home -> featureVersion(home).isPresent())
          .sorted(
              Comparator.comparingInt((Path home) -> featureVersion(home).getAsInt()).reversed())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<Path> environmentPath(String variable) {
    return Optional.ofNullable(System.getenv(variable))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }
}
