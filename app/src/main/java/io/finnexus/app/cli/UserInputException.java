package io.finnexus.app.cli;

/**
 * A failure caused by what the user asked for (a missing file, an unreadable header, an unreachable
 * broker), not by a bug: the command prints its message on one line and exits 1.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
