package io.finnexus.batch.statement;

/**
 * A statement file that cannot be read as a statement: unknown format or version, not well-formed,
 * a mandatory part missing, an amount that does not fit its currency.
 *
 * <p>Contract: {@link #getMessage()} is one line a user can act on, naming the file (and line where
 * known); callers print it instead of a stack trace.
 */
public class StatementFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public StatementFormatException(String reason) {
    super(oneLine(reason));
  }

  public StatementFormatException(String reason, Throwable cause) {
    super(oneLine(reason), cause);
  }

  private static String oneLine(String reason) {
    return reason == null ? "unreadable statement" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
