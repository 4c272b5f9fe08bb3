package io.finnexus.scoring.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Shared fixtures: the real lists under {@code shared/data/sanctions} (found by walking up from the
 * working directory, or {@code -Dfinnexus.sanctions.dir}), loaded once per test JVM, and
 * deterministic ordinary names for false-hit measurements.
 */
final class SanctionsTestData {

  private static LoadedLists lists;
  private static SanctionsIndex index;

  private SanctionsTestData() {}

  static Path listsDir() {
    String configured = System.getProperty("finnexus.sanctions.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/sanctions");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("shared/data/sanctions not found above the working directory");
  }

  static synchronized LoadedLists fullLists() {
    if (lists == null) {
      lists = SanctionsListsLoader.load(listsDir());
    }
    return lists;
  }

  static synchronized SanctionsIndex fullIndex() {
    if (index == null) {
      index = SanctionsIndex.build(fullLists().entries());
    }
    return index;
  }

  /** {@code count} distinct "First Last" names drawn with a fixed seed from the resource lists. */
  static List<String> ordinaryNames(int count, long seed) {
    List<String> first = resourceLines("first-names.txt");
    List<String> last = resourceLines("surnames.txt");
    Random random = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      names.add(
          first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size())));
    }
    return new ArrayList<>(names);
  }

  static List<String> resourceLines(String resource) {
    try (InputStream in = SanctionsTestData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
