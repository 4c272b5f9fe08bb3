package io.finnexus.api.casework;

import io.finnexus.api.alert.AlertSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Suspicious Activity Report draft prefilled from a case: subjects, activity window, amounts per
 * currency (exact decimals), typologies, the alerts as supporting evidence, and the narrative. A
 * draft for the filing officer to complete in the regulator's own system, not a filing.
 */
public record SarDraft(
    String caseId,
    String title,
    String status,
    String preparedBy,
    String approvedBy,
    Instant generatedAt,
    List<String> subjectCustomerIds,
    List<String> subjectAccountIds,
    Instant activityFrom,
    Instant activityTo,
    Map<String, String> totalAmountByCurrency,
    List<String> typologies,
    String narrative,
    List<AlertSummary> alerts) {

  static SarDraft of(CaseView c) {
    Set<String> customers = new LinkedHashSet<>();
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> typologies = new LinkedHashSet<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Instant from = null;
    Instant to = null;
    for (AlertSummary a : c.alerts()) {
      if (a.customerId() != null) {
        customers.add(a.customerId());
      }
      accounts.add(a.accountId());
      typologies.add(a.typology());
      if (a.totalAmount() != null && a.currency() != null) {
        totals.merge(a.currency(), new BigDecimal(a.totalAmount()), BigDecimal::add);
      }
      from = from == null || a.createdAt().isBefore(from) ? a.createdAt() : from;
      to = to == null || a.createdAt().isAfter(to) ? a.createdAt() : to;
    }
    Map<String, String> totalText = new LinkedHashMap<>();
    totals.forEach((currency, amount) -> totalText.put(currency, amount.toPlainString()));
    return new SarDraft(
        c.caseId(),
        c.title(),
        c.status(),
        c.preparedBy(),
        c.approvedBy(),
        Instant.now(),
        List.copyOf(customers),
        List.copyOf(accounts),
        from,
        to,
        totalText,
        List.copyOf(typologies),
        c.sarNarrative() == null ? "" : c.sarNarrative(),
        c.alerts());
  }
}
