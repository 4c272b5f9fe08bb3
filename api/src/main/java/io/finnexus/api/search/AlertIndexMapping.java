package io.finnexus.api.search;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/**
 * The alerts index mapping: facets and identifier tokens as keywords, the rule hits also as
 * standard-analyzed text (the embedded node has no language analyzers), time and score for sorting.
 * No personal field is mapped: the summary and account numbers stay, sealed, in PostgreSQL.
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
          "subjectToken",
          "accountTokens",
          "assignee",
          "disposition",
          "currency"
        }) {
      m.properties(keyword, p -> p.keyword(k -> k));
    }
    return m.properties(
            "ruleHits",
            p -> p.keyword(k -> k.fields("text", f -> f.text(t -> t.analyzer("standard")))))
        .properties("riskScore", p -> p.double_(d -> d))
        .properties("createdAt", p -> p.date(d -> d));
  }
}
