package io.finnexus.app.generate;

import java.util.SplittableRandom;

/**
 * The merchant catalogue: per home country a pool of merchants over common categories (weighted
 * like real card spend), plus pools in far countries for travel and card fraud.
 */
final class Merchants {
  private static final String[] CATEGORIES = {
    "5411", "5812", "5814", "5541", "5912", "5311", "5732", "5999", "4121", "5816", "5691"
  };
  private static final long[] MEDIAN_CENTS = {
    4500, 3500, 1200, 5500, 2500, 7000, 18000, 4000, 2200, 1000, 8000
  };
  private static final double[] WEIGHTS = Rand.cumulative(30, 15, 15, 10, 5, 5, 2, 5, 5, 5, 3);
  static final String ELECTRONICS = "5732";
  static final String JEWELRY = "5944";
  static final String DIGITAL_GOODS = "5816";

  private static final int PER_HOME_COUNTRY = 800;
  private static final int PER_FAR_COUNTRY = 60;

  private final Merchant[][] home;
  private final Merchant[][] far;

  Merchants(long seed, String tag) {
    SplittableRandom rng = Rand.stream(seed, -1);
    home = pools(Countries.HOME, PER_HOME_COUNTRY, rng, tag);
    far = pools(Countries.FAR, PER_FAR_COUNTRY, rng, tag);
  }

  private static Merchant[][] pools(
      String[] countries, int size, SplittableRandom rng, String tag) {
    Merchant[][] pools = new Merchant[countries.length][size];
    for (int c = 0; c < countries.length; c++) {
      for (int i = 0; i < size; i++) {
        int category = Rand.weighted(rng, WEIGHTS);
        String id = "M" + tag + "-" + countries[c] + i;
        pools[c][i] =
            new Merchant(
                id,
                "Merchant " + countries[c] + " " + i,
                CATEGORIES[category],
                countries[c],
                MEDIAN_CENTS[category]);
      }
    }
    return pools;
  }

  Merchant atHome(SplittableRandom rng, int homeIndex) {
    Merchant[] pool = home[homeIndex];
    return pool[rng.nextInt(pool.length)];
  }

  /** A merchant in {@code Countries.FAR[farIndex]}. */
  Merchant far(SplittableRandom rng, int farIndex) {
    Merchant[] pool = far[farIndex];
    return pool[rng.nextInt(pool.length)];
  }

  /** A merchant of {@code category} at home; a fresh id when the pool has none of it. */
  Merchant ofCategory(SplittableRandom rng, int homeIndex, String category, String tag) {
    Merchant[] pool = home[homeIndex];
    for (int tries = 0; tries < 50; tries++) {
      Merchant m = pool[rng.nextInt(pool.length)];
      if (m.category().equals(category)) {
        return m;
      }
    }
    String country = Countries.HOME[homeIndex];
    int n = rng.nextInt(100);
    return new Merchant(
        "M" + tag + "-" + country + "-" + category + "-" + n,
        "Store " + category + " " + n,
        category,
        country,
        100_000);
  }
}
