package io.finnexus.app.screen;

import io.finnexus.app.cli.CliErrors;
import io.finnexus.scoring.sanctions.LoadedLists;
import io.finnexus.scoring.sanctions.SanctionsIndex;
import io.finnexus.scoring.sanctions.SanctionsListsLoader;
import io.finnexus.scoring.sanctions.SanctionsScreener;
import io.finnexus.scoring.sanctions.ScreeningResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finnexus screen}: screens one name ({@code --name}) or a file of names ({@code --file},
 * one per line, UTF-8, blank lines skipped) against the OFAC SDN and UN consolidated lists and
 * prints, per name, its best matches (one per line) and then exactly one machine-readable line:
 *
 * <pre>SCREEN best_score=0.9731 entry=OFAC:36 name="AEROCARIBBEAN AIRLINES"</pre>
 *
 * The score has 4 decimals; when no listed name reaches the threshold the line is {@code SCREEN
 * best_score=0 entry=none name=""}. In {@code name}, {@code "} and {@code \} are escaped with a
 * backslash. Load statistics and list problems go to stderr. Exit code 0 when screening ran, 1 on
 * bad input (no lists found, unreadable file, threshold outside [0,1], top below 1).
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = "Screen counterparty names against the OFAC SDN and UN sanctions lists.")
public final class ScreenCommand implements Callable<Integer> {

  static final List<Path> DEFAULT_LISTS_DIRS =
      List.of(Path.of("..", "shared", "data", "sanctions"), Path.of("shared", "data", "sanctions"));

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--name", description = "The name to screen.")
    String name;

    @Option(names = "--file", description = "A UTF-8 file with one name per line.")
    Path file;
  }

  @Option(
      names = "--lists",
      description =
          "Directory searched (recursively) for sdn.csv (+ alt.csv, add.csv, sdn_comments.csv"
              + " beside it) and *consolidated*.xml. Default: ../shared/data/sanctions, then"
              + " ./shared/data/sanctions.")
  Path listsDir;

  @Option(
      names = "--threshold",
      description = "Minimum score of a hit, in [0,1]. Default: 0.92 (see SanctionsScreener).")
  Double threshold;

  @Option(names = "--top", defaultValue = "5", description = "Matches shown per name (default 5).")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    double minScore = threshold == null ? SanctionsScreener.DEFAULT_THRESHOLD : threshold;
    if (minScore < 0 || minScore > 1 || top < 1) {
      err.println("--threshold must be in [0,1] and --top at least 1");
      return CliErrors.USAGE;
    }
    Path dir = listsDir != null ? listsDir : defaultListsDir();
    SanctionsIndex index = load(dir, err);
    if (index == null) {
      return CliErrors.USAGE;
    }
    List<String> names = names(err);
    if (names == null) {
      return CliErrors.USAGE;
    }
    for (String name : names) {
      ScreeningResult result = index.screen(name, minScore, top);
      ScreenOutput.print(result, out);
    }
    out.flush();
    return 0;
  }

  static Path defaultListsDir() {
    for (Path candidate : DEFAULT_LISTS_DIRS) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return DEFAULT_LISTS_DIRS.get(0);
  }

  private static SanctionsIndex load(Path dir, PrintWriter err) {
    long start = System.nanoTime();
    LoadedLists lists = SanctionsListsLoader.load(dir);
    lists.problems().stream().limit(3).forEach(p -> err.println("list problem: " + p));
    if (lists.problems().size() > 3) {
      err.println("... and " + (lists.problems().size() - 3) + " more list problems");
    }
    if (lists.entries().isEmpty()) {
      err.println(
          "no sanctions entries loaded from " + dir.toAbsolutePath() + " (use --lists DIR)");
      return null;
    }
    SanctionsIndex index = SanctionsIndex.build(lists.entries());
    err.printf(
        Locale.ROOT,
        "loaded %d entries, %d names from %d files under %s in %d ms (%d problems)%n",
        lists.entries().size(),
        index.nameCount(),
        lists.files().size(),
        dir,
        (System.nanoTime() - start) / 1_000_000,
        lists.problems().size());
    return index;
  }

  private List<String> names(PrintWriter err) {
    if (input.name != null) {
      return List.of(input.name);
    }
    try {
      String text = Files.readString(input.file, StandardCharsets.UTF_8).replace("\uFEFF", "");
      return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      err.println("cannot read " + input.file + ": " + e.getMessage());
      return null;
    }
  }
}
