package io.finnexus.api.search;

import io.finnexus.api.personal.PersonalFields;
import io.finnexus.retention.crypto.KeyedTokens;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An alert row as an index document. The index holds no personal data: no account numbers, customer
 * ids or summaries (free text), only facets and {@link KeyedTokens} of the customer and account
 * ids, so an officer can still find alerts by an exact id. Alerts of erased subjects (shredded key)
 * get no document at all.
 */
@Component
class AlertDocuments {

  /** The columns {@link #document} reads, of table {@code alert} aliased {@code a}. */
  static final String COLUMNS =
      "a.alert_id, a.typology, a.kind, a.status, a.risk_band, a.risk_score, a.created_at,"
          + " a.account_id, a.customer_id, a.assignee, a.rule_hits, a.involved_accounts,"
          + " a.disposition, a.currency, EXISTS (SELECT 1 FROM subject_key k WHERE k.subject_id ="
          + " a.customer_id AND k.shredded_at IS NOT NULL) AS erased";

  private final PersonalFields personal;
  private final KeyedTokens tokens;

  AlertDocuments(PersonalFields personal, KeyedTokens searchTokens) {
    this.personal = personal;
    this.tokens = searchTokens;
  }

  /** The row's document, or null when its subject was erased (it must not be indexed). */
  Map<String, Object> document(ResultSet rs) throws SQLException {
    if (rs.getBoolean("erased")) {
      return null;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("alertId", rs.getString("alert_id"));
    doc.put("typology", rs.getString("typology"));
    doc.put("kind", rs.getString("kind"));
    doc.put("status", rs.getString("status"));
    doc.put("riskBand", rs.getString("risk_band"));
    doc.put("riskScore", rs.getDouble("risk_score"));
    doc.put("createdAt", rs.getObject("created_at", OffsetDateTime.class).toInstant().toString());
    String customer = rs.getString("customer_id");
    doc.put("subjectToken", customer == null ? null : tokens.token(customer));
    doc.put("accountTokens", accountTokens(rs, customer));
    doc.put("assignee", rs.getString("assignee"));
    doc.put("ruleHits", strings(rs.getArray("rule_hits")));
    doc.put("disposition", rs.getString("disposition"));
    doc.put("currency", rs.getString("currency"));
    return doc;
  }

  private List<String> accountTokens(ResultSet rs, String customer) throws SQLException {
    List<String> accounts = new ArrayList<>();
    accounts.add(personal.open(customer, PersonalFields.ALERT_ACCOUNT, rs.getString("account_id")));
    accounts.addAll(
        personal.open(
            customer,
            PersonalFields.ALERT_INVOLVED_ACCOUNT,
            strings(rs.getArray("involved_accounts"))));
    return accounts.stream()
        .filter(a -> a != null && !a.startsWith("["))
        .distinct()
        .map(tokens::token)
        .toList();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
