package io.finnexus.app.ingest;

/**
 * One input row that did not become a transaction, with where it was and why. Never dropped:
 * importers count rejects, print them and may write them to a rejects file.
 *
 * @param file the input file's name
 * @param line 1-based physical line number in {@code file}
 * @param reason the typed reason
 * @param detail a short human explanation (which field, what value)
 */
public record Reject(String file, long line, RejectReason reason, String detail) {

  /** {@code file:line: REASON detail}, the form printed on stderr. */
  public String describe() {
    return file + ":" + line + ": " + reason + " " + detail;
  }
}
