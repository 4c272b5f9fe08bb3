package io.finnexus.scoring.sanctions;

/**
 * A record of a list file that could not be used, with where and why. Loading never stops on a bad
 * line: the line is skipped and reported here so an operator can see what the index is missing.
 *
 * @param line 1-based line number in the file, or 0 when the problem concerns the whole file
 */
public record LoadProblem(String file, long line, String reason) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
