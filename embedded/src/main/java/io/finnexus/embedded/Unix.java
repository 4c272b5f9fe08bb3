package io.finnexus.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the servers need to know about the operating system user they run as. */
final class Unix {

  private Unix() {}

  /** Whether this JVM runs as uid 0 (sessions and CI do). */
  static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
