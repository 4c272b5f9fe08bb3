package io.finnexus.app.screen;

import io.finnexus.scoring.sanctions.ScreeningMatch;
import io.finnexus.scoring.sanctions.ScreeningResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Renders a screening result for the terminal: one human-readable line per match, then the single
 * machine-readable {@code SCREEN ...} line whose format {@link ScreenCommand} documents.
 */
final class ScreenOutput {

  private ScreenOutput() {}

  static void print(ScreeningResult result, PrintWriter out) {
    int rank = 1;
    for (ScreeningMatch match : result.matches()) {
      out.println(matchLine(rank++, match));
    }
    out.println(screenLine(result));
  }

  static String matchLine(int rank, ScreeningMatch match) {
    String via = match.alias() ? " (alias of " + match.primaryName() + ")" : "";
    return String.format(
        Locale.ROOT,
        "  %d. %s  %-16s %s%s [%s]",
        rank,
        score(match.score()),
        match.entry(),
        match.matchedName(),
        via,
        match.entryType());
  }

  static String screenLine(ScreeningResult result) {
    return result
        .best()
        .map(
            best ->
                "SCREEN best_score="
                    + score(best.score())
                    + " entry="
                    + best.entry()
                    + " name=\""
                    + escape(best.matchedName())
                    + "\"")
        .orElse("SCREEN best_score=0 entry=none name=\"\"");
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }

  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
