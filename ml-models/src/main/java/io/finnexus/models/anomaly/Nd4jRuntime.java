package io.finnexus.models.anomaly;

import java.nio.file.Path;

/**
 * Points JavaCPP's native-library cache at {@code ~/.javacpp/cache} (unless the caller set {@code
 * org.bytedeco.javacpp.cachedir}) before ND4J loads, so native libraries are unpacked once per
 * machine, not into a temp dir per run.
 */
final class Nd4jRuntime {
  static final String CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";

  private Nd4jRuntime() {}

  static void configure() {
    if (System.getProperty(CACHE_PROPERTY) == null) {
      System.setProperty(
          CACHE_PROPERTY, Path.of(System.getProperty("user.home"), ".javacpp", "cache").toString());
    }
  }
}
