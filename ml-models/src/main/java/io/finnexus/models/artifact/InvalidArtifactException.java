package io.finnexus.models.artifact;

/**
 * An artifact that cannot be trusted or read: not a zip, a missing manifest, a newer format, or a
 * payload whose SHA-256 does not match (tampered or corrupted). The message says which.
 */
public final class InvalidArtifactException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidArtifactException(String message) {
    super(message);
  }

  public InvalidArtifactException(String message, Throwable cause) {
    super(message, cause);
  }
}
