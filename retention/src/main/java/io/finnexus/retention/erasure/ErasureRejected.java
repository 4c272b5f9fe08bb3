package io.finnexus.retention.erasure;

/** A request that cannot be accepted or moved as asked; the message says why. */
public final class ErasureRejected extends RuntimeException {
  public ErasureRejected(String message) {
    super(message);
  }
}
