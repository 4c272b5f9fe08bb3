package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What FinNexus needs from the search node, checked through the official Java client against any
 * node: indexing alerts and finding them by full text, with a facet count.
 */
abstract class SearchContract {

  /** An alert as officers search it. */
  record AlertDocument(String alertId, String memo, String typology) {}

  private ElasticsearchClient client;

  protected abstract String httpUrl();

  @BeforeEach
  void connect() {
    client = ElasticsearchClient.of(config -> config.host(httpUrl()));
  }

  @AfterEach
  void disconnect() throws Exception {
    client.close();
  }

  @Test
  void indexedAlertsAreFoundByFullTextAndCountedByFacet() throws IOException {
    String index = "alerts-" + UUID.randomUUID();
    index(
        index,
        new AlertDocument(
            "a-1", "Structuring: nine cash deposits below the threshold", "STRUCTURING"));
    index(index, new AlertDocument("a-2", "Rapid movement of funds in then out", "RAPID_MOVEMENT"));
    index(
        index,
        new AlertDocument("a-3", "More cash deposits just below the threshold", "STRUCTURING"));

    SearchResponse<AlertDocument> response =
        client.search(
            search ->
                search
                    .index(index)
                    .query(
                        query -> query.match(match -> match.field("memo").query("cash deposits")))
                    .aggregations(
                        "by_typology", agg -> agg.terms(terms -> terms.field("typology.keyword"))),
            AlertDocument.class);

    assertThat(response.hits().hits().stream().map(Hit::source).map(AlertDocument::alertId))
        .containsExactlyInAnyOrder("a-1", "a-3");
    var buckets = response.aggregations().get("by_typology").sterms().buckets().array();
    assertThat(buckets).hasSize(1);
    assertThat(buckets.get(0).key().stringValue()).isEqualTo("STRUCTURING");
    assertThat(buckets.get(0).docCount()).isEqualTo(2);
  }

  private void index(String index, AlertDocument alert) throws IOException {
    client.index(
        request -> request.index(index).id(alert.alertId()).document(alert).refresh(Refresh.True));
  }
}
