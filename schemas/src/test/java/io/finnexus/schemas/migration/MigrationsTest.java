package io.finnexus.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked without a database: Flyway silently ignores a misnamed script and refuses
 * duplicate versions only at run time, so names and versions are checked here. The SQL itself is
 * run against a real PostgreSQL by the integration tests of the modules that own a database.
 */
class MigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyScriptIsAVersionedMigrationWithAVersionOfItsOwn() throws Exception {
    List<String> names = scriptNames();

    assertThat(names).isNotEmpty().allMatch(name -> VERSIONED.matcher(name).matches());
    // Gaps are fine (modules reserve ranges, e.g. V20 for retention); V2 and V02 would clash.
    assertThat(names.stream().map(MigrationsTest::version)).doesNotHaveDuplicates().contains(1);
  }

  @Test
  void theAuditLogIsAppendOnlyByTrigger() throws Exception {
    String sql = Files.readString(scriptDirectory().resolve("V2__audit_log.sql"));

    assertThat(sql)
        .contains("BEFORE UPDATE OR DELETE ON audit_log")
        .contains("BEFORE TRUNCATE ON audit_log");
  }

  private static List<String> scriptNames() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(scriptDirectory())) {
      return files.map(path -> path.getFileName().toString()).toList();
    }
  }

  private static Path scriptDirectory() throws URISyntaxException {
    String location = Migrations.LOCATION.substring("classpath:".length());
    URL url = MigrationsTest.class.getClassLoader().getResource(location);
    assertThat(url).as("classpath location %s", location).isNotNull();
    return Path.of(url.toURI());
  }

  private static int version(String name) {
    Matcher matcher = VERSIONED.matcher(name);
    assertThat(matcher.matches()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
