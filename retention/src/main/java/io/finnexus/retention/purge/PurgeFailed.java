package io.finnexus.retention.purge;

/** A purge run stopped part-way; its progress is committed and the next run resumes it. */
public final class PurgeFailed extends RuntimeException {
  public PurgeFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
