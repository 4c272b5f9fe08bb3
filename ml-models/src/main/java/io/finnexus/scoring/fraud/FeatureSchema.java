package io.finnexus.scoring.fraud;

import java.util.List;

/**
 * The names and order of the fraud features, versioned. Models are trained and scored on exactly
 * this list ({@link FeatureExtractor} is the one code path for both); adding or reordering a
 * feature bumps {@link #VERSION} and a model trained on another version must be refused.
 */
public final class FeatureSchema {
  public static final String VERSION = "fraud-features-v1";

  public static final List<String> NAMES =
      List.of(
          "amount",
          "amount_zscore",
          "amount_to_median",
          "count_1m",
          "count_1h",
          "count_24h",
          "count_7d",
          "count_30d",
          "sum_1h",
          "sum_24h",
          "sum_7d",
          "sum_30d",
          "distinct_merchants_24h",
          "distinct_merchants_30d",
          "distinct_countries_30d",
          "distinct_counterparties_30d",
          "seconds_since_last",
          "in_out_ratio_30d",
          "days_dormant",
          "new_device",
          "new_counterparty",
          "new_country",
          "is_card",
          "is_debit",
          "small_card_auths_10m",
          "km_per_hour_from_last_card",
          "history_count");

  public static final int SIZE = NAMES.size();

  private FeatureSchema() {}

  public static int index(String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no feature " + name + " in " + VERSION);
    }
    return i;
  }
}
