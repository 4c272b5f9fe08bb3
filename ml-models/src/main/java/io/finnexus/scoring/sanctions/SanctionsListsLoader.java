package io.finnexus.scoring.sanctions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads every list file found under a directory, so an operator can drop the files OFAC and the UN
 * publish into one folder. Layout, searched recursively (up to {@value #MAX_DEPTH} levels, in
 * sorted path order):
 *
 * <ul>
 *   <li>every file named {@code sdn.csv} is an OFAC SDN legacy CSV; {@code alt.csv}, {@code
 *       add.csv} and {@code sdn_comments.csv} in the same folder are read with it when present;
 *   <li>every {@code .xml} file whose name contains {@code consolidated} (any case) is a UN
 *       consolidated list.
 * </ul>
 *
 * When the same entry ({@link EntryKey}) appears in several files (e.g. two OFAC releases), the
 * entries are merged: the first-loaded primary name stays primary, other primary names and all
 * aliases become aliases. Screening therefore never loses a name any loaded file gives.
 */
public final class SanctionsListsLoader {

  static final int MAX_DEPTH = 4;

  private SanctionsListsLoader() {}

  /** Loads all list files under {@code dir}; a missing or empty directory is a reported problem. */
  public static LoadedLists load(Path dir) {
    List<LoadedLists> parts = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    for (Path file : listFiles(dir, problems)) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.equals("sdn.csv")) {
        parts.add(OfacCsvLoader.load(file));
      } else if (name.endsWith(".xml") && name.contains("consolidated")) {
        parts.add(UnXmlLoader.load(file));
      }
    }
    if (parts.isEmpty() && problems.isEmpty()) {
      problems.add(new LoadProblem(dir.toString(), 0, "no sdn.csv or *consolidated*.xml found"));
    }
    return merge(parts, problems);
  }

  private static List<Path> listFiles(Path dir, List<LoadProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new LoadProblem(dir.toString(), 0, "not a directory"));
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(new LoadProblem(dir.toString(), 0, "cannot list: " + e));
      return List.of();
    }
  }

  /** Merges loads; entries with the same key are combined as described on the class. */
  static LoadedLists merge(List<LoadedLists> parts, List<LoadProblem> earlierProblems) {
    Map<EntryKey, SanctionedEntry> byKey = new LinkedHashMap<>();
    List<LoadProblem> problems = new ArrayList<>(earlierProblems);
    List<String> files = new ArrayList<>();
    for (LoadedLists part : parts) {
      problems.addAll(part.problems());
      files.addAll(part.files());
      for (SanctionedEntry entry : part.entries()) {
        byKey.merge(entry.key(), entry, SanctionsListsLoader::combine);
      }
    }
    return new LoadedLists(List.copyOf(byKey.values()), problems, files);
  }

  private static SanctionedEntry combine(SanctionedEntry first, SanctionedEntry later) {
    Set<String> aliases = new LinkedHashSet<>(first.aliases());
    aliases.addAll(later.allNames());
    aliases.remove(first.primaryName());
    Set<String> countries = new LinkedHashSet<>(first.countries());
    countries.addAll(later.countries());
    return new SanctionedEntry(
        first.key(),
        first.primaryName(),
        List.copyOf(aliases),
        first.type(),
        first.programs().isEmpty() ? later.programs() : first.programs(),
        List.copyOf(countries));
  }
}
