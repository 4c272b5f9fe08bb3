package io.finnexus.app.generate;

import java.util.SplittableRandom;

/** Sampling helpers over {@link SplittableRandom}; the only source of randomness in generation. */
final class Rand {
  private Rand() {}

  /** A generator for one stream (a customer, a typology) that depends only on the seed and key. */
  static SplittableRandom stream(long seed, long key) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + key));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      count++;
    }
    return count;
  }

  /** A log-normal value with the given median and spread (sigma of the underlying normal). */
  static double logNormal(SplittableRandom rng, double median, double sigma) {
    return median * Math.exp(sigma * rng.nextGaussian());
  }

  static boolean chance(SplittableRandom rng, double probability) {
    return rng.nextDouble() < probability;
  }

  /** Uniform integer in [low, high] inclusive. */
  static int between(SplittableRandom rng, int low, int high) {
    return low + rng.nextInt(high - low + 1);
  }

  /** Uniform long in [low, high] inclusive. */
  static long between(SplittableRandom rng, long low, long high) {
    return low + rng.nextLong(high - low + 1);
  }

  static double between(SplittableRandom rng, double low, double high) {
    return low + rng.nextDouble() * (high - low);
  }

  /** Index drawn with probability proportional to {@code weights}. */
  static int weighted(SplittableRandom rng, double[] cumulative) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  static double[] cumulative(double... weights) {
    double[] sums = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      sums[i] = total;
    }
    return sums;
  }

  static <T> T pick(SplittableRandom rng, T[] items) {
    return items[rng.nextInt(items.length)];
  }
}
