package io.finnexus.api.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/**
 * The alerts index mapping: identifiers and facets as keywords, the summary and rule hits as
 * standard-analyzed text (the embedded node has no language analyzers), time and score for sorting.
 */
final class AlertIndexMapping {

  private AlertIndexMapping() {}

  static ObjectBuilder<TypeMapping> build(TypeMapping.Builder m) {
    for (String keyword :
        new String[] {
          "alertId",
          "typology",
          "kind",
          "status",
          "riskBand",
          "accountId",
          "customerId",
          "assignee",
          "involvedAccounts",
          "disposition",
          "currency"
        }) {
      m.properties(keyword, p -> p.keyword(k -> k));
    }
    return m.properties("summary", p -> p.text(t -> t.analyzer("standard")))
        .properties(
            "ruleHits",
            p -> p.keyword(k -> k.fields("text", f -> f.text(t -> t.analyzer("standard")))))
        .properties("riskScore", p -> p.double_(d -> d))
        .properties("createdAt", p -> p.date(d -> d));
  }
}
