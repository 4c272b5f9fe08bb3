package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  @Test
  void allowsTheBurstThenRefillsAtTheConfiguredRate() {
    TokenBucket bucket = new TokenBucket(3, 2.0, 0);
    assertThat(bucket.tryTake(0)).isZero();
    assertThat(bucket.tryTake(0)).isZero();
    assertThat(bucket.tryTake(0)).isZero();
    long wait = bucket.tryTake(0);
    assertThat(wait).isEqualTo(500_000_000L); // one token per 0.5 s
    assertThat(bucket.tryTake(499_000_000L)).isPositive();
    assertThat(bucket.tryTake(500_000_000L)).isZero();
    assertThat(bucket.tryTake(60_000_000_000L)).isZero(); // refilled, capped at capacity
    assertThat(bucket.tryTake(60_000_000_000L)).isZero();
    assertThat(bucket.tryTake(60_000_000_000L)).isZero();
    assertThat(bucket.tryTake(60_000_000_000L)).isPositive();
  }
}
