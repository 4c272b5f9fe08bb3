package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchNodeConfigTest {

  @TempDir Path dir;

  @Test
  void writesALoopbackSingleNodeConfigAndForgetsStalePorts() throws IOException {
    Path distribution = Files.createDirectories(dir.resolve("dist/config"));
    Files.writeString(distribution.resolve("jvm.options"), "-Xms1g\n");
    Files.writeString(distribution.resolve("log4j2.properties"), "status = error\n");
    Path work = Files.createDirectories(dir.resolve("work/logs"));
    Files.writeString(work.resolve("http.ports"), "127.0.0.1:9999\n"); // from a previous run

    SearchNodeConfig.write(dir.resolve("dist"), dir.resolve("work"));

    Path config = dir.resolve("work/config");
    assertThat(config.resolve("jvm.options")).hasContent("-Xms1g");
    assertThat(config.resolve("jvm.options.d")).isEmptyDirectory();
    assertThat(Files.readString(config.resolve("elasticsearch.yml")))
        .contains("network.host: 127.0.0.1", "http.port: 0", "discovery.type: single-node")
        .contains("path.data: " + dir.resolve("work/data"));
    assertThat(dir.resolve("work/logs/http.ports")).doesNotExist();
  }
}
