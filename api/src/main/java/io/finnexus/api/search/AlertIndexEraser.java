package io.finnexus.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.finnexus.api.problem.ApiException;
import io.finnexus.retention.crypto.KeyedTokens;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Removes one customer's documents from the alerts index (erasure requests). The embedded node has
 * no {@code _delete_by_query}, so this searches the ids by the {@code subjectToken} keyword and
 * bulk-deletes them page by page. Only the index copy goes: the alert rows in PostgreSQL are AML
 * records, and a {@link AlertIndexer#rebuild()} indexes whatever rows still exist.
 */
@Component
public class AlertIndexEraser {

  private static final int PAGE = 1000;
  private final SearchNode node;
  private final KeyedTokens tokens;

  public AlertIndexEraser(SearchNode node, KeyedTokens searchTokens) {
    this.node = node;
    this.tokens = searchTokens;
  }

  /** Whether a search node is configured at all (if not, there is no index copy to erase). */
  public boolean configured() {
    return node.configured();
  }

  /** Deletes every indexed alert of {@code customerId}; returns how many were deleted. */
  @SuppressWarnings("rawtypes")
  public long deleteByCustomer(String customerId) {
    try {
      ElasticsearchClient client = node.client();
      if (!indexExists(client)) {
        return 0;
      }
      client.indices().refresh(r -> r.index(node.index()));
      long deleted = 0;
      while (true) {
        List<Hit<Map>> hits =
            client
                .search(
                    s ->
                        s.index(node.index())
                            .size(PAGE)
                            .source(src -> src.fetch(false))
                            .query(
                                q ->
                                    q.term(
                                        t ->
                                            t.field("subjectToken")
                                                .value(tokens.token(customerId)))),
                    Map.class)
                .hits()
                .hits();
        if (hits.isEmpty()) {
          return deleted;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        hits.forEach(h -> bulk.operations(op -> op.delete(d -> d.index(node.index()).id(h.id()))));
        if (client.bulk(bulk.build()).errors()) {
          throw new IOException("bulk delete reported errors");
        }
        deleted += hits.size();
      }
    } catch (IOException | RuntimeException e) {
      throw e instanceof ApiException api ? api : SearchNode.unavailable(e);
    }
  }

  /** How many alerts of {@code customerId} the index still holds. */
  public long countByCustomer(String customerId) {
    try {
      ElasticsearchClient client = node.client();
      if (!indexExists(client)) {
        return 0;
      }
      client.indices().refresh(r -> r.index(node.index()));
      var total =
          client
              .search(
                  s ->
                      s.index(node.index())
                          .size(0)
                          .trackTotalHits(t -> t.enabled(true))
                          .query(
                              q ->
                                  q.term(
                                      t ->
                                          t.field("subjectToken").value(tokens.token(customerId)))),
                  Map.class)
              .hits()
              .total();
      return total == null ? 0 : total.value();
    } catch (IOException | RuntimeException e) {
      throw e instanceof ApiException api ? api : SearchNode.unavailable(e);
    }
  }

  private boolean indexExists(ElasticsearchClient client) throws IOException {
    return client.indices().exists(e -> e.index(node.index())).value();
  }
}
