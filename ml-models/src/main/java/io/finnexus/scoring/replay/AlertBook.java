package io.finnexus.scoring.replay;

import io.finnexus.schemas.avro.Alert;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Alerts by deterministic id, as the alert store upserts them: a re-emission replaces the summary,
 * score and features with the latest and unions the cited transactions and accounts, so an
 * episode's alert grows instead of multiplying.
 */
final class AlertBook {
  private final Map<String, Alert> byId = new LinkedHashMap<>();

  void add(Alert alert) {
    Alert old = byId.get(alert.getAlertId());
    if (old != null) {
      alert.setTransactionIds(union(old.getTransactionIds(), alert.getTransactionIds()));
      alert.setInvolvedAccounts(union(old.getInvolvedAccounts(), alert.getInvolvedAccounts()));
      alert.setCreatedAt(old.getCreatedAt());
    }
    byId.put(alert.getAlertId(), alert);
  }

  Collection<Alert> alerts() {
    return byId.values();
  }

  private static java.util.List<String> union(java.util.List<String> a, java.util.List<String> b) {
    Set<String> ids = new LinkedHashSet<>();
    a.forEach(x -> ids.add(x));
    b.forEach(x -> ids.add(x));
    return new ArrayList<>(ids);
  }
}
