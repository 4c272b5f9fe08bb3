package io.finnexus.app.generate;

import java.util.SplittableRandom;

/**
 * Where generated customers live and pay. The FATF lists are a snapshot (black list: IR, KP, MM;
 * grey list as of 2025) used only to plant {@code HIGH_RISK_JURISDICTION}; normal traffic never
 * touches them, so the label stays clean.
 */
final class Countries {
  static final String[] HOME = {"US", "GB", "DE", "FR", "NL", "ES", "IT"};
  private static final double[] HOME_WEIGHTS = Rand.cumulative(40, 15, 15, 10, 7, 7, 6);

  /** Far from every home country: an in-person purchase there within an hour is impossible. */
  static final String[] FAR = {"AU", "BR", "JP", "SG", "IN", "TH", "AR", "ID", "PH", "NZ"};

  static final String[] FATF_BLACK = {"IR", "KP", "MM"};
  static final String[] FATF_GREY = {
    "DZ", "AO", "BO", "BG", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "MZ", "NA", "NP", "SS",
    "SY", "VE", "VN", "VG", "YE"
  };

  private Countries() {}

  static String home(SplittableRandom rng) {
    return HOME[Rand.weighted(rng, HOME_WEIGHTS)];
  }

  static String currencyOf(String country) {
    return switch (country) {
      case "US" -> "USD";
      case "GB" -> "GBP";
      default -> "EUR";
    };
  }

  static int homeIndex(String country) {
    for (int i = 0; i < HOME.length; i++) {
      if (HOME[i].equals(country)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a home country: " + country);
  }
}
