package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's stack: one data directory, every server up, all ports released on close. */
class EmbeddedStackIT {

  @Test
  void startsEveryServerUnderOneDirectoryAndStopsThemAll(@TempDir Path dataDirectory) {
    List<Integer> ports = new ArrayList<>();
    try (EmbeddedStack stack =
        StartupTimes.measure("EmbeddedStack", EmbeddedStack.persistent(dataDirectory)::start)) {
      ports.addAll(List.of(stack.postgres().port(), stack.kafka().port(), stack.mongo().port()));
      stack.search().ifPresent(search -> ports.add(search.port()));
      assertThat(ports).allMatch(FreePorts::isListening);
      assertThat(stack.search().isPresent()).isEqualTo(EmbeddedSearch.isAvailable());
    }
    assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    assertThat(dataDirectory.resolve("kafka/meta.properties")).exists();
    assertThat(dataDirectory.resolve("mongo").resolve(EmbeddedMongo.STORE_FILE)).exists();
    if (EmbeddedSearch.isAvailable()) {
      assertThat(dataDirectory.resolve("search/data")).isDirectory();
    }
    assertThat(ports).noneMatch(FreePorts::isListening);
  }
}
