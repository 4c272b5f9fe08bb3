package io.finnexus.api.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code finnexus.search.*}).
 *
 * @param url Elasticsearch HTTP URL, e.g. http://localhost:9200; empty = no search node (503)
 * @param index the alerts index name
 */
@ConfigurationProperties("finnexus.search")
public record SearchProperties(
    @DefaultValue("") String url, @DefaultValue("finnexus-alerts") String index) {

  public boolean configured() {
    return url != null && !url.isBlank();
  }
}
