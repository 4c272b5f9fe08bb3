package io.finnexus.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.finnexus.api.alert.AlertRepository;
import io.finnexus.api.alert.AlertSummary;
import io.finnexus.api.problem.ApiException;
import io.finnexus.api.resilience.DependencyGuard;
import io.finnexus.api.resilience.DependencyGuards;
import io.finnexus.api.resilience.DependencyUnavailableException;
import io.finnexus.retention.crypto.KeyedTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Runs officers' searches: {@code simple_query_string} (never a syntax error on user input) over
 * rule hits, typology and alert id, or an exact customer or account id (matched through its {@link
 * KeyedTokens} token: the index holds no ids in clear), keyword filters, and terms aggregations as
 * facets. The summary of each hit is read from PostgreSQL and opened there, so an erased subject's
 * summary shows as erased and never comes from the index.
 */
@Service
public class AlertSearch {

  static final List<String> FACETS = List.of("typology", "status", "riskBand", "kind");

  private final SearchNode node;
  private final AlertIndexer indexer;
  private final KeyedTokens tokens;
  private final AlertRepository alerts;
  private final DependencyGuard guard;

  public AlertSearch(
      SearchNode node,
      AlertIndexer indexer,
      KeyedTokens searchTokens,
      AlertRepository alerts,
      DependencyGuards guards) {
    this.node = node;
    this.indexer = indexer;
    this.tokens = searchTokens;
    this.alerts = alerts;
    this.guard = guards.search();
  }

  @SuppressWarnings("unchecked")
  public AlertSearchResult search(String text, Map<String, List<String>> filters, int size) {
    try {
      indexer.ensureIndexGuarded();
      List<Query> must = new ArrayList<>();
      if (text != null && !text.isBlank()) {
        must.add(textQuery(text));
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
          guard.call(
              () ->
                  node.client()
                      .search(
                          s -> {
                            s.index(node.index())
                                .size(size)
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.bool(b -> b.must(must).filter(filter)));
                            FACETS.forEach(
                                f -> s.aggregations(f, a -> a.terms(t -> t.field(f).size(20))));
                            return s;
                          },
                          Map.class));
      return result(response);
    } catch (DependencyUnavailableException e) {
      throw ApiException.searchUnavailable(e.getMessage());
    }
  }

  private Query textQuery(String text) {
    List<FieldValue> idTokens =
        java.util.Arrays.stream(text.trim().split("\\s+"))
            .map(tokens::token)
            .map(FieldValue::of)
            .toList();
    List<Query> anyOf =
        List.of(
            Query.of(
                q ->
                    q.simpleQueryString(
                        s -> s.query(text).fields("ruleHits.text", "alertId", "typology"))),
            Query.of(q -> q.terms(t -> t.field("subjectToken").terms(v -> v.value(idTokens)))),
            Query.of(q -> q.terms(t -> t.field("accountTokens").terms(v -> v.value(idTokens)))));
    return Query.of(q -> q.bool(b -> b.should(anyOf).minimumShouldMatch("1")));
  }

  @SuppressWarnings("rawtypes")
  private AlertSearchResult result(SearchResponse<Map> response) {
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
              alerts.summary((String) doc.get("alertId")).map(AlertSummary::summary).orElse(null),
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
