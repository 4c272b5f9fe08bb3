package io.finnexus.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.finnexus.api.alert.AlertsChanged;
import io.finnexus.api.resilience.DependencyGuard;
import io.finnexus.api.resilience.DependencyGuards;
import io.finnexus.api.resilience.DependencyUnavailableException;
import io.finnexus.api.search.AlertIndexBacklog.Pending;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the alerts index in step with PostgreSQL through the {@link AlertIndexBacklog} outbox:
 * every change of alerts queues them in its own transaction, and after the commit they are
 * bulk-indexed through the {@code search} guard and taken off the backlog. When the node is down or
 * slow the breaker opens, intake goes on at full speed (a failed or refused call only leaves the
 * alerts queued and counts {@code finnexus.search.index.failures}), and {@link AlertIndexCatchUp}
 * indexes the gap once the node answers again. {@link #rebuild()} recreates the index from the
 * table with keyset paging. Documents come from {@link AlertDocuments}: no personal data, and
 * alerts of erased subjects are never indexed (a queued one leaves the backlog unindexed).
 */
@Component
public class AlertIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(AlertIndexer.class);
  private static final int PAGE = 1000;

  private final SearchNode node;
  private final JdbcTemplate jdbc;
  private final AlertIndexBacklog backlog;
  private final AlertDocuments documents;
  private final DependencyGuard guard;
  private final Counter failures;
  private volatile boolean indexReady;

  public AlertIndexer(
      SearchNode node,
      JdbcTemplate jdbc,
      AlertIndexBacklog backlog,
      AlertDocuments documents,
      DependencyGuards guards,
      MeterRegistry meters) {
    this.node = node;
    this.jdbc = jdbc;
    this.backlog = backlog;
    this.documents = documents;
    this.guard = guards.search();
    this.failures = meters.counter("finnexus.search.index.failures"); // exported at zero
  }

  /** Queues the changed alerts with the change, and indexes them once it has committed. */
  @EventListener
  public void onChange(AlertsChanged changed) {
    if (!node.configured() || changed.alertIds().isEmpty()) {
      return;
    }
    List<String> ids = changed.alertIds();
    backlog.add(ids);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              indexQueued(ids);
            }
          });
    } else {
      indexQueued(ids);
    }
  }

  private void indexQueued(List<String> ids) {
    try {
      index(backlog.pending(ids));
    } catch (RuntimeException e) {
      failures.increment();
      LOG.warn("{} alerts left in the index backlog: {}", ids.size(), e.getMessage());
    }
  }

  /**
   * Indexes the longest-waiting page of the backlog; returns how many alerts it took off the
   * backlog (0 when it is empty). Throws {@link DependencyUnavailableException} while the node is
   * out.
   */
  int catchUpPage() {
    return index(backlog.oldest(PAGE));
  }

  long backlogSize() {
    return backlog.size();
  }

  private int index(List<Pending> pending) {
    if (pending.isEmpty()) {
      return 0;
    }
    List<Map<String, Object>> docs =
        pending.stream().map(Pending::document).filter(Objects::nonNull).toList();
    if (!docs.isEmpty()) {
      onNode(
          () -> {
            bulk(docs);
            return null;
          });
    }
    return backlog.remove(pending);
  }

  /** Drops and recreates the index from PostgreSQL; returns the number of alerts indexed. */
  public long rebuild() {
    onNode(
        () -> {
          ElasticsearchClient client = node.client();
          if (client.indices().exists(e -> e.index(node.index())).value()) {
            client.indices().delete(d -> d.index(node.index()));
          }
          indexReady = false;
          return null;
        });
    long total = 0;
    String after = "";
    while (true) {
      List<Pending> rows =
          jdbc.query(
              "SELECT "
                  + AlertDocuments.COLUMNS
                  + " FROM alert a WHERE a.alert_id > ? ORDER BY a.alert_id LIMIT "
                  + PAGE,
              (rs, n) -> new Pending(rs.getString("alert_id"), documents.document(rs), 0),
              after);
      if (rows.isEmpty()) {
        break;
      }
      after = rows.get(rows.size() - 1).alertId();
      List<Map<String, Object>> docs =
          rows.stream().map(Pending::document).filter(Objects::nonNull).toList();
      if (!docs.isEmpty()) {
        onNode(
            () -> {
              bulk(docs);
              return null;
            });
      }
      total += docs.size();
    }
    onNode(() -> node.client().indices().refresh(r -> r.index(node.index())));
    return total;
  }

  /** Creates the index with its mapping if it does not exist (guarded). */
  void ensureIndexGuarded() {
    onNode(
        () -> {
          ensureIndex();
          return null;
        });
  }

  private <T> T onNode(Callable<T> call) {
    try {
      return guard.call(call);
    } catch (DependencyUnavailableException e) {
      indexReady = false; // the node may come back empty: check the index again then
      throw e;
    }
  }

  private void bulk(List<Map<String, Object>> docs) throws IOException {
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

  private synchronized void ensureIndex() throws IOException {
    if (indexReady) {
      return;
    }
    ElasticsearchClient client = node.client();
    if (!client.indices().exists(e -> e.index(node.index())).value()) {
      try {
        client.indices().create(c -> c.index(node.index()).mappings(AlertIndexMapping::build));
      } catch (ElasticsearchException e) {
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e; // else a concurrent search or indexing call created it first
        }
      }
    }
    indexReady = true;
  }
}
