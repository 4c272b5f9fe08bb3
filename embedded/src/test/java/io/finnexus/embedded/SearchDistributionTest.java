package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchDistributionTest {

  @TempDir Path dir;

  private Path zip(Map<String, String> entries) throws IOException {
    Path zip = dir.resolve("dist.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zipOut = new ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        zipOut.putNextEntry(new ZipEntry(entry.getKey()));
        zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zipOut.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void unpacksWithoutTheTopDirectoryAndMakesScriptsExecutable() throws IOException {
    Path zip =
        zip(
            Map.of(
                "elasticsearch-9.5.3/bin/elasticsearch", "#!/bin/bash\n",
                "elasticsearch-9.5.3/bin/elasticsearch.bat", "@echo off\n",
                "elasticsearch-9.5.3/config/jvm.options", "-Xms1g\n"));
    Path target = Files.createDirectories(dir.resolve("home"));

    SearchDistribution.unzipStrippingTopDirectory(zip, target);

    assertThat(target.resolve("config/jvm.options")).hasContent("-Xms1g");
    assertThat(Files.isExecutable(target.resolve("bin/elasticsearch"))).isTrue();
    assertThat(Files.isExecutable(target.resolve("bin/elasticsearch.bat"))).isFalse();
  }

  @Test
  void rejectsEntriesThatEscapeTheTarget() throws IOException {
    Path zip = zip(Map.of("elasticsearch-9.5.3/../../evil.sh", "rm -rf /\n"));
    Path target = Files.createDirectories(dir.resolve("home"));

    assertThatThrownBy(() -> SearchDistribution.unzipStrippingTopDirectory(zip, target))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("escapes");
    assertThat(dir.resolve("evil.sh")).doesNotExist();
  }

  @Test
  void theMavenZipPathFollowsTheLocalRepositoryLayout() {
    assertThat(SearchDistribution.mavenZip().toString())
        .endsWith(
            "org/elasticsearch/distribution/integ-test-zip/elasticsearch/9.5.3/elasticsearch-9.5.3.zip");
  }
}
