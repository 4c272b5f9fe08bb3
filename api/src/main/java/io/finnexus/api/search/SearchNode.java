package io.finnexus.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.finnexus.api.problem.ApiException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch client, created on first use when a URL is configured. {@link #client()} throws
 * the {@code search-unavailable} problem when none is.
 */
@Component
public class SearchNode {

  private final SearchProperties props;
  private volatile ElasticsearchClient client;

  public SearchNode(SearchProperties props) {
    this.props = props;
  }

  public boolean configured() {
    return props.configured();
  }

  public String index() {
    return props.index();
  }

  public ElasticsearchClient client() {
    if (!props.configured()) {
      throw ApiException.searchUnavailable(
          "no search node is configured (finnexus.search.url); the alert queue still works");
    }
    ElasticsearchClient c = client;
    if (c == null) {
      synchronized (this) {
        if (client == null) {
          client = ElasticsearchClient.of(b -> b.host(props.url()));
        }
        c = client;
      }
    }
    return c;
  }

  /** Wraps a node failure as the 503 problem. */
  static ApiException unavailable(Exception e) {
    return ApiException.searchUnavailable(
        "the search node did not answer: " + e.getClass().getSimpleName());
  }

  @PreDestroy
  void close() throws IOException {
    ElasticsearchClient c = client;
    if (c != null) {
      c.close();
    }
  }
}
