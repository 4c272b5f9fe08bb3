package io.finnexus.app.generate;

import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * All generated customers, and which of them a typology has claimed: each planted pattern gets
 * accounts of its own, so labels never overlap, and dormant accounts get no normal traffic.
 */
final class Population {
  private final Customer[] customers;
  private final boolean[] claimed;
  private final boolean[] dormant;
  private final int[] order;
  private int nextFree;

  Population(int accounts, long seed, String tag) {
    customers = new Customer[accounts];
    for (int i = 0; i < accounts; i++) {
      customers[i] = Customer.draw(i, seed, tag);
    }
    claimed = new boolean[accounts];
    dormant = new boolean[accounts];
    order = shuffled(accounts, Rand.stream(seed, -2));
  }

  private static int[] shuffled(int n, SplittableRandom rng) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  Customer[] customers() {
    return customers;
  }

  int size() {
    return customers.length;
  }

  /** Claims an unclaimed customer meeting {@code wanted}, or null when none is left. */
  Customer claim(Predicate<Customer> wanted) {
    for (int i = nextFree; i < order.length; i++) {
      int index = order[i];
      if (!claimed[index] && wanted.test(customers[index])) {
        claimed[index] = true;
        while (nextFree < order.length && claimed[order[nextFree]]) {
          nextFree++;
        }
        return customers[index];
      }
    }
    return null;
  }

  Customer claimAny() {
    return claim(c -> true);
  }

  void markDormant(Customer c) {
    dormant[c.index()] = true;
  }

  boolean isDormant(Customer c) {
    return dormant[c.index()];
  }

  /** A random active customer paying in the same currency as {@code c}, or null. */
  Customer peerOf(Customer c, SplittableRandom rng) {
    for (int tries = 0; tries < 8; tries++) {
      Customer other = customers[rng.nextInt(customers.length)];
      if (other != c && !dormant[other.index()] && other.currency().equals(c.currency())) {
        return other;
      }
    }
    return null;
  }
}
