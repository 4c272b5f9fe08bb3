package io.finnexus.api.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code finnexus.search.*}).
 *
 * @param url Elasticsearch HTTP URL, e.g. http://localhost:9200; empty = no search node (503)
 * @param index the alerts index name
 * @param catchUpInterval how often alerts queued during a search outage are indexed (see {@code
 *     AlertIndexCatchUp})
 */
@ConfigurationProperties("finnexus.search")
public record SearchProperties(
    @DefaultValue("") String url,
    @DefaultValue("finnexus-alerts") String index,
    @DefaultValue("5s") Duration catchUpInterval) {

  public boolean configured() {
    return url != null && !url.isBlank();
  }
}
