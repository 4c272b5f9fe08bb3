package io.finnexus.batch.backup;

import java.io.IOException;

/** A backup part that is not what was written: tampered, truncated, or under another key. */
public final class CorruptPartException extends IOException {

  private static final long serialVersionUID = 1L;

  public CorruptPartException(String reason) {
    super(reason);
  }
}
