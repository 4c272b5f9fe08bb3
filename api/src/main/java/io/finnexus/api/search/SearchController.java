package io.finnexus.api.search;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.problem.ApiException;
import io.finnexus.api.resilience.DependencyUnavailableException;
import io.finnexus.retention.crypto.KeyedTokens;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /search/alerts} (officers) and {@code POST /search/reindex} (admins). The read audit
 * records the query as keyed tokens per word, never the words: a query is often an account number,
 * and the audit log is append-only, so it could never be erased from there.
 */
@RestController
@Validated
public class SearchController {

  private final AlertSearch search;
  private final AlertIndexer indexer;
  private final AuditLog audit;
  private final KeyedTokens tokens;

  public SearchController(
      AlertSearch search, AlertIndexer indexer, AuditLog audit, KeyedTokens searchTokens) {
    this.search = search;
    this.indexer = indexer;
    this.audit = audit;
    this.tokens = searchTokens;
  }

  @GetMapping("/search/alerts")
  public AlertSearchResult search(
      @RequestParam(required = false) @Size(max = 500) String q,
      @RequestParam(required = false) List<String> typology,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) List<String> riskBand,
      @RequestParam(required = false) List<String> kind,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Authentication auth) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("typology", upper("typology", typology));
    filters.put("status", upper("status", status));
    filters.put("riskBand", upper("riskBand", riskBand));
    filters.put("kind", upper("kind", kind));
    AlertSearchResult result = search.search(q, filters, size);
    audit.read(
        auth.getName(),
        "ALERT_SEARCH",
        "alert",
        "*",
        Map.of("qTokens", queryTokens(q), "returned", Integer.toString(result.hits().size())));
    return result;
  }

  /** Rebuilds the index from PostgreSQL. */
  @PostMapping("/search/reindex")
  public Map<String, Object> reindex() {
    try {
      return Map.of("indexed", indexer.rebuild());
    } catch (DependencyUnavailableException e) {
      throw ApiException.searchUnavailable(e.getMessage());
    }
  }

  private static List<String> upper(String field, List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out =
        values.stream()
            .flatMap(v -> java.util.Arrays.stream(v.split(",")))
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .map(v -> v.toUpperCase(Locale.ROOT))
            .toList();
    if (out.size() > 20 || out.stream().anyMatch(v -> !v.matches("[A-Z0-9_\\-]{1,64}"))) {
      throw ApiException.badRequest(
          field, field + " takes up to 20 codes of letters, digits, _ and -");
    }
    return out;
  }

  private String queryTokens(String q) {
    if (q == null || q.isBlank()) {
      return "";
    }
    return java.util.Arrays.stream(q.trim().split("\\s+"))
        .map(tokens::token)
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
