package io.finnexus.api.alert;

import java.util.Arrays;
import java.util.Optional;

/** Queue orders; each ends with alert_id so that the order is total and keyset-paginable. */
public enum AlertSort {
  NEWEST("-createdAt", "created_at", false),
  OLDEST("createdAt", "created_at", true),
  RISKIEST("-riskScore", "risk_score", false),
  LEAST_RISKY("riskScore", "risk_score", true);

  private final String wire;
  private final String column;
  private final boolean ascending;

  AlertSort(String wire, String column, boolean ascending) {
    this.wire = wire;
    this.column = column;
    this.ascending = ascending;
  }

  public String wire() {
    return wire;
  }

  String column() {
    return column;
  }

  boolean ascending() {
    return ascending;
  }

  public static Optional<AlertSort> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(text)).findFirst();
  }
}
