package io.finnexus.app.cli;

/**
 * The command could not do its work for a reason outside the user's input that a message explains
 * fully (a child service died, a server did not become ready): one line on stderr, exit {@value
 * CliErrors#INTERNAL}, no stack trace.
 */
public final class OperationFailedException extends RuntimeException {
  public OperationFailedException(String message) {
    super(message);
  }
}
