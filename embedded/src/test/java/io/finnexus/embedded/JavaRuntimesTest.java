package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

  @TempDir Path dir;

  private Path javaHome(String name, String version) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        home.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  @Test
  void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
    assertThat(JavaRuntimes.featureVersion(javaHome("jdk25", "25.0.1"))).hasValue(25);
    assertThat(JavaRuntimes.featureVersion(javaHome("jdk8", "1.8.0_402"))).hasValue(8);
    assertThat(JavaRuntimes.featureVersion(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void takesTheFirstCandidateThatIsRecentEnough() throws IOException {
    Path jdk17 = javaHome("jdk17", "17.0.15");
    Path jdk21 = javaHome("jdk21", "21.0.7");
    Path empty = Files.createDirectories(dir.resolve("jvm-empty"));

    assertThat(JavaRuntimes.find(List.of(Optional.of(jdk17), Optional.of(jdk21)), empty))
        .contains(jdk21);
  }

  @Test
  void fallsBackToTheNewestRuntimeInTheJvmDirectory() throws IOException {
    Path jvm = Files.createDirectories(dir.resolve("jvm"));
    Path jdk17 = javaHome("jvm/java-17", "17.0.15");
    javaHome("jvm/temurin-21", "21.0.7");
    Path newest = javaHome("jvm/temurin-25", "25.0.1");

    assertThat(JavaRuntimes.find(List.of(Optional.of(jdk17), Optional.empty()), jvm))
        .contains(newest);
  }

  @Test
  void findsNothingWhenNoRuntimeIsRecentEnough() throws IOException {
    Path jvm = Files.createDirectories(dir.resolve("old"));
    javaHome("old/java-17", "17.0.15");

    assertThat(JavaRuntimes.find(List.of(), jvm)).isEmpty();
  }
}
