package io.finnexus.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a search node needs from this machine: the distribution, a Java 21+ runtime and, when
 * running as root, util-linux's {@code unshare}. Checked once per JVM.
 */
final class SearchPrerequisites {

  private static Optional<Path> javaHome;
  private static Optional<String> problem;

  private SearchPrerequisites() {}

  /** Why no node can be started here, or empty. */
  static synchronized Optional<String> problem() {
    if (problem == null) {
      problem = findProblem();
    }
    return problem;
  }

  /** The Java 21+ runtime the node runs on. */
  static synchronized Optional<Path> javaHome() {
    if (javaHome == null) {
      javaHome =
          JavaRuntimes.findOnThisMachine(
              Optional.ofNullable(System.getProperty("finnexus.search.java-home")).map(Path::of));
    }
    return javaHome;
  }

  private static Optional<String> findProblem() {
    if (javaHome().isEmpty()) {
      return Optional.of(
          "no Java "
              + JavaRuntimes.MINIMUM_FEATURE_VERSION
              + "+ runtime found (looked at -Dfinnexus.search.java-home, ES_JAVA_HOME, JAVA_HOME,"
              + " this JVM and /usr/lib/jvm/*); install one, e.g. Temurin 21 or 25");
    }
    if (Unix.isRoot() && !onPath("unshare")) {
      return Optional.of(
          "running as root, and Elasticsearch refuses root: install util-linux (`unshare`) so the"
              + " node runs in a user namespace, or run as a non-root user");
    }
    return SearchDistribution.problem();
  }

  private static boolean onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    return Stream.of(path.split(":"))
        .map(dir -> Path.of(dir, program))
        .anyMatch(Files::isExecutable);
  }
}
