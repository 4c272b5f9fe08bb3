package io.finnexus.api.search;

import java.util.List;
import java.util.Map;

/** Search hits and facet counts. */
public record AlertSearchResult(long total, List<Hit> hits, Map<String, List<Bucket>> facets) {

  /** One matching alert. */
  public record Hit(
      String alertId,
      String typology,
      String status,
      String riskBand,
      Double riskScore,
      String createdAt,
      String summary,
      Double score) {}

  /** A facet value and how many matching alerts have it. */
  public record Bucket(String value, long count) {}
}
