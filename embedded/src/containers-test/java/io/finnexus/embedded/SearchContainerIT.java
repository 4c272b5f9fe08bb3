package io.finnexus.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/** The search contract against the official Elasticsearch image of the embedded node's version. */
@ExtendWith(DockerAssumption.class)
class SearchContainerIT extends SearchContract {

  private static ElasticsearchContainer search;

  @BeforeAll
  static void start() {
    search =
        new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.5.3")
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms256m -Xmx256m");
    search.start();
  }

  @AfterAll
  static void stop() {
    if (search != null) {
      search.stop();
    }
  }

  @Override
  protected String httpUrl() {
    return "http://" + search.getHttpHostAddress();
  }
}
