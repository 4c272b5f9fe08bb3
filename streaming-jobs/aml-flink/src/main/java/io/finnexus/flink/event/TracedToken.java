package io.finnexus.flink.event;

import io.finnexus.scoring.aml.PathToken;

/**
 * A path token between cycle stages, with the {@code traceparent} of the transaction whose
 * processing moved it on (the transfer that extended the path, or the token before it when a stored
 * transfer did): a cycle alert continues the trace of the event that closed the loop.
 */
public class TracedToken {
  public PathToken token;

  /** Null if the moving transaction had no trace context. */
  public String traceparent;

  public TracedToken() {}

  public TracedToken(PathToken token, String traceparent) {
    this.token = token;
    this.traceparent = traceparent;
  }

  /** The key of the stage the token goes to. */
  public String receiver() {
    return token.receiver();
  }

  @Override
  public String toString() {
    return token.toString();
  }
}
