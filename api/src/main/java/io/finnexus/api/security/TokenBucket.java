package io.finnexus.api.security;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code refillPerSecond}. {@link
 * #tryTake(long)} answers 0 when a request may pass, else the nanoseconds until one token is back.
 */
final class TokenBucket {

  private final double capacity;
  private final double refillPerNano;
  private double tokens;
  private long last;

  TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
    this.capacity = capacity;
    this.refillPerNano = refillPerSecond / 1e9;
    this.tokens = capacity;
    this.last = nowNanos;
  }

  synchronized long tryTake(long nowNanos) {
    tokens = Math.min(capacity, tokens + (nowNanos - last) * refillPerNano);
    last = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / refillPerNano);
  }
}
