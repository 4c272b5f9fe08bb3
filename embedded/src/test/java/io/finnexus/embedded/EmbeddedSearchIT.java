package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search contract against {@link EmbeddedSearch}; skipped where no node can run. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SearchAvailability.class)
class EmbeddedSearchIT extends SearchContract {

  private static EmbeddedSearch search;

  @BeforeAll
  static void start() {
    search = StartupTimes.measure("Elasticsearch", EmbeddedSearch.ephemeral()::start);
  }

  @AfterAll
  static void stop() {
    search.close();
  }

  @Override
  protected String httpUrl() {
    return search.connectionString();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closeStopsTheNodeProcessesAndReleasesThePort() {
    int port = search.port();
    List<ProcessHandle> processes = search.processes();
    var workDirectory = search.workDirectory().orElseThrow();
    assertThat(processes).hasSizeGreaterThanOrEqualTo(3); // wrapper, launcher, node JVM

    search.close();

    assertThat(processes).noneMatch(ProcessHandle::isAlive);
    assertThat(FreePorts.isListening(port)).isFalse();
    assertThat(workDirectory).doesNotExist();
  }
}
