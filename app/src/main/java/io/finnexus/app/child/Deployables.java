package io.finnexus.app.child;

import io.finnexus.app.cli.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jars of the deployables that run as child JVMs. Each is looked up, in order: an explicit path
 * ({@code --jar}), a system property (e.g. {@code finnexus.streams.jar}), an environment variable
 * (e.g. {@code FINNEXUS_STREAMS_JAR}), the folder of the running finnexus jar, and the module's
 * {@code target/} folder of a source checkout (walking up from the finnexus jar, then from the
 * working directory).
 */
public final class Deployables {
  public static final Deployable STREAMS =
      new Deployable("streams", "streaming-jobs/fraud-streams", "fraud-streams-exec.jar");
  public static final Deployable FLINK =
      new Deployable("flink", "streaming-jobs/aml-flink", "aml-flink.jar");
  public static final Deployable API = new Deployable("api", "api", "finnexus-api-exec.jar");

  private Deployables() {}

  /** One deployable: its short name, module path in the source tree, and jar file name. */
  public record Deployable(String name, String modulePath, String jarName) {

    public String systemProperty() {
      return "finnexus." + name + ".jar";
    }

    public String environmentVariable() {
      return "FINNEXUS_" + name.toUpperCase(java.util.Locale.ROOT) + "_JAR";
    }

    /** The jar, or a {@link UserInputException} that says how to get one. */
    public Path locate(Path explicit) {
      if (explicit != null) {
        if (!Files.isRegularFile(explicit)) {
          throw new UserInputException("no such jar: " + explicit);
        }
        return explicit;
      }
      return candidates().stream()
          .filter(Files::isRegularFile)
          .findFirst()
          .orElseThrow(() -> new UserInputException(notFound()));
    }

    private List<Path> candidates() {
      List<Path> candidates = new ArrayList<>();
      Optional.ofNullable(System.getProperty(systemProperty()))
          .map(Path::of)
          .ifPresent(candidates::add);
      Optional.ofNullable(System.getenv(environmentVariable()))
          .filter(value -> !value.isBlank())
          .map(Path::of)
          .ifPresent(candidates::add);
      runningJarFolder()
          .ifPresent(
              folder -> {
                candidates.add(folder.resolve(jarName));
                for (Path dir = folder; dir != null; dir = dir.getParent()) {
                  candidates.add(dir.resolve(modulePath).resolve("target").resolve(jarName));
                }
              });
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        candidates.add(dir.resolve(modulePath).resolve("target").resolve(jarName));
      }
      return candidates;
    }

    private String notFound() {
      return "cannot find "
          + jarName
          + ": build it (./mvnw -q -DskipTests package), or pass --jar, -D"
          + systemProperty()
          + "=PATH or "
          + environmentVariable()
          + "=PATH";
    }
  }

  /** With {@code java -jar finnexus.jar} the class path is exactly that jar. */
  private static Optional<Path> runningJarFolder() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    return Files.isRegularFile(jar) ? Optional.ofNullable(jar.getParent()) : Optional.empty();
  }
}
