package io.finnexus.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions of the libraries that produced a payload, read from their jars, for provenance. */
public final class LibraryVersions {
  private LibraryVersions() {}

  public static Map<String, String> of(Class<?>... libraryClasses) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("java", System.getProperty("java.version"));
    versions.put("tribuo", org.tribuo.Tribuo.VERSION);
    for (Class<?> c : libraryClasses) {
      String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
      versions.put(c.getPackageName(), v == null ? jarName(c) : v);
    }
    return versions;
  }

  private static String jarName(Class<?> c) {
    try {
      String path = c.getProtectionDomain().getCodeSource().getLocation().getPath();
      return path.substring(path.lastIndexOf('/') + 1);
    } catch (RuntimeException e) {
      return "unknown";
    }
  }
}
