package io.finnexus.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Runs officers' searches: {@code simple_query_string} (never a syntax error on user input) over
 * summary, rule hits and identifiers, keyword filters, and terms aggregations as facets.
 */
@Service
public class AlertSearch {

  static final List<String> FACETS = List.of("typology", "status", "riskBand", "kind");

  private final SearchNode node;
  private final AlertIndexer indexer;

  public AlertSearch(SearchNode node, AlertIndexer indexer) {
    this.node = node;
    this.indexer = indexer;
  }

  @SuppressWarnings("unchecked")
  public AlertSearchResult search(String text, Map<String, List<String>> filters, int size) {
    try {
      indexer.ensureIndex();
      List<Query> must = new ArrayList<>();
      if (text != null && !text.isBlank()) {
        must.add(
            Query.of(
                q ->
                    q.simpleQueryString(
                        s ->
                            s.query(text)
                                .fields(
                                    "summary",
                                    "ruleHits.text",
                                    "alertId",
                                    "accountId",
                                    "customerId",
                                    "involvedAccounts",
                                    "typology"))));
      }
      List<Query> filter = new ArrayList<>();
      filters.forEach(
          (field, values) -> {
            if (!values.isEmpty()) {
              List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
              filter.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
            }
          });
      SearchResponse<Map> response =
          node.client()
              .search(
                  s -> {
                    s.index(node.index())
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.bool(b -> b.must(must).filter(filter)));
                    FACETS.forEach(f -> s.aggregations(f, a -> a.terms(t -> t.field(f).size(20))));
                    return s;
                  },
                  Map.class);
      return result(response);
    } catch (IOException | RuntimeException e) {
      if (e instanceof io.finnexus.api.problem.ApiException api) {
        throw api;
      }
      throw SearchNode.unavailable(e);
    }
  }

  @SuppressWarnings("rawtypes")
  private static AlertSearchResult result(SearchResponse<Map> response) {
    List<AlertSearchResult.Hit> hits = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      Map doc = hit.source();
      hits.add(
          new AlertSearchResult.Hit(
              (String) doc.get("alertId"),
              (String) doc.get("typology"),
              (String) doc.get("status"),
              (String) doc.get("riskBand"),
              doc.get("riskScore") instanceof Number n ? n.doubleValue() : null,
              (String) doc.get("createdAt"),
              (String) doc.get("summary"),
              hit.score()));
    }
    Map<String, List<AlertSearchResult.Bucket>> facets = new LinkedHashMap<>();
    for (String facet : FACETS) {
      var agg = response.aggregations().get(facet);
      facets.put(
          facet,
          agg == null
              ? List.of()
              : agg.sterms().buckets().array().stream()
                  .map(b -> new AlertSearchResult.Bucket(b.key().stringValue(), b.docCount()))
                  .toList());
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new AlertSearchResult(total, hits, facets);
  }
}
