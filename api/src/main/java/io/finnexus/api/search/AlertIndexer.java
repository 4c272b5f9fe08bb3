package io.finnexus.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.finnexus.api.alert.AlertsChanged;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.retention.crypto.KeyedTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the alerts index in step with PostgreSQL: after every commit that changed alerts, their
 * current rows are bulk-indexed (best effort: a failure is counted in {@code
 * finnexus.search.index.failures} and repaired by a reindex). {@link #rebuild()} recreates the
 * index from the table with keyset paging.
 *
 * <p>The index holds no personal data: no account numbers, customer ids or summaries (free text),
 * only facets and {@link KeyedTokens} of the customer and account ids, so an officer can still find
 * alerts by an exact id. Alerts of erased subjects (shredded key) are never indexed, neither after
 * a change nor by a rebuild.
 */
@Component
public class AlertIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(AlertIndexer.class);
  private static final String COLUMNS =
      "alert_id, typology, kind, status, risk_band, risk_score, created_at, account_id,"
          + " customer_id, assignee, rule_hits, involved_accounts, disposition, currency";

  /** Alerts whose subject was erased stay out of the index. */
  static final String NOT_ERASED =
      " AND NOT EXISTS (SELECT 1 FROM subject_key k WHERE k.subject_id = alert.customer_id"
          + " AND k.shredded_at IS NOT NULL)";

  private final SearchNode node;
  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;
  private final PersonalFields personal;
  private final KeyedTokens tokens;
  private volatile boolean indexReady;

  public AlertIndexer(
      SearchNode node,
      JdbcTemplate jdbc,
      MeterRegistry meters,
      PersonalFields personal,
      KeyedTokens searchTokens) {
    this.node = node;
    this.jdbc = jdbc;
    this.meters = meters;
    this.personal = personal;
    this.tokens = searchTokens;
    meters.counter("finnexus.search.index.failures"); // exported at zero until the first failure
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void onChange(AlertsChanged changed) {
    if (!node.configured() || changed.alertIds().isEmpty()) {
      return;
    }
    try {
      List<Map<String, Object>> docs =
          jdbc.query(
              con -> {
                var ps =
                    con.prepareStatement(
                        "SELECT " + COLUMNS + " FROM alert WHERE alert_id = ANY(?)" + NOT_ERASED);
                ps.setArray(1, con.createArrayOf("text", changed.alertIds().toArray()));
                return ps;
              },
              (rs, n) -> document(rs));
      bulk(docs);
    } catch (RuntimeException | IOException e) {
      meters.counter("finnexus.search.index.failures").increment();
      LOG.warn("could not index {} alerts: {}", changed.alertIds().size(), e.toString());
    }
  }

  /** Drops and recreates the index from PostgreSQL; returns the number of alerts indexed. */
  public long rebuild() throws IOException {
    ElasticsearchClient client = node.client();
    if (client.indices().exists(e -> e.index(node.index())).value()) {
      client.indices().delete(d -> d.index(node.index()));
    }
    indexReady = false;
    ensureIndex();
    long total = 0;
    String after = "";
    while (true) {
      List<Map<String, Object>> docs =
          jdbc.query(
              "SELECT "
                  + COLUMNS
                  + " FROM alert WHERE alert_id > ?"
                  + NOT_ERASED
                  + " ORDER BY alert_id LIMIT 1000",
              (rs, n) -> document(rs),
              after);
      if (docs.isEmpty()) {
        break;
      }
      bulk(docs);
      total += docs.size();
      after = (String) docs.get(docs.size() - 1).get("alertId");
    }
    client.indices().refresh(r -> r.index(node.index()));
    return total;
  }

  private void bulk(List<Map<String, Object>> docs) throws IOException {
    if (docs.isEmpty()) {
      return;
    }
    ensureIndex();
    BulkRequest.Builder request = new BulkRequest.Builder();
    for (Map<String, Object> doc : docs) {
      request.operations(
          op -> op.index(i -> i.index(node.index()).id((String) doc.get("alertId")).document(doc)));
    }
    BulkResponse response = node.client().bulk(request.build());
    if (response.errors()) {
      throw new IOException("bulk indexing reported errors for some alerts");
    }
  }

  synchronized void ensureIndex() throws IOException {
    if (indexReady) {
      return;
    }
    ElasticsearchClient client = node.client();
    if (!client.indices().exists(e -> e.index(node.index())).value()) {
      try {
        client.indices().create(c -> c.index(node.index()).mappings(AlertIndexMapping::build));
      } catch (ElasticsearchException e) {
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e; // else another API instance created it between exists and create
        }
      }
    }
    indexReady = true;
  }

  private Map<String, Object> document(ResultSet rs) throws SQLException {
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
