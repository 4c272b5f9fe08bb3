package io.finnexus.scoring.sanctions;

import java.util.List;

/**
 * The outcome of loading list files: the entries that loaded, every rejected line or file with its
 * reason, and the files that were read (for provenance in logs and reports).
 */
public record LoadedLists(
    List<SanctionedEntry> entries, List<LoadProblem> problems, List<String> files) {

  public LoadedLists {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }
}
