package io.finnexus.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The per-node work directory of an Elasticsearch node: {@code config/} (the distribution's {@code
 * jvm.options} and {@code log4j2.properties}, an empty {@code jvm.options.d/}, and a generated
 * {@code elasticsearch.yml}), {@code data/}, {@code logs/} and {@code tmp/}.
 *
 * <p>The node binds 127.0.0.1 on ports of its own choosing ({@code 0}) and writes them to {@code
 * logs/http.ports}; security and the disk watermarks are off (a developer's disk is often nearly
 * full, which would otherwise make every index read-only).
 */
final class SearchNodeConfig {

  /** The file in which the node writes its bound HTTP address, {@code 127.0.0.1:PORT}. */
  static final String HTTP_PORTS_FILE = "logs/http.ports";

  private SearchNodeConfig() {}

  /** Writes (or rewrites) the configuration with an HTTP port of the node's choosing. */
  static void write(Path distribution, Path workDirectory) throws IOException {
    write(distribution, workDirectory, 0);
  }

  /** Writes (or rewrites) the configuration; keeps data and logs. {@code httpPort} 0 = any. */
  static void write(Path distribution, Path workDirectory, int httpPort) throws IOException {
    Path config = Files.createDirectories(workDirectory.resolve("config"));
    Files.createDirectories(config.resolve("jvm.options.d"));
    for (String file : new String[] {"jvm.options", "log4j2.properties"}) {
      Files.copy(
          distribution.resolve("config").resolve(file),
          config.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(
        config.resolve("elasticsearch.yml"), elasticsearchYml(workDirectory, httpPort));
    for (String dir : new String[] {"data", "logs", "tmp"}) {
      Files.createDirectories(workDirectory.resolve(dir));
    }
    Files.deleteIfExists(workDirectory.resolve(HTTP_PORTS_FILE));
    Files.deleteIfExists(workDirectory.resolve("logs/transport.ports"));
  }

  static String elasticsearchYml(Path workDirectory) {
    return elasticsearchYml(workDirectory, 0);
  }

  static String elasticsearchYml(Path workDirectory, int httpPort) {
    return String.join(
        "\n",
        "network.host: 127.0.0.1",
        "http.port: " + httpPort,
        "transport.port: 0",
        "node.portsfile: true",
        "discovery.type: single-node",
        "xpack.security.enabled: false",
        "cluster.routing.allocation.disk.threshold_enabled: false",
        "path.data: " + workDirectory.resolve("data"),
        "path.logs: " + workDirectory.resolve("logs"),
        "");
  }

  /** The environment of {@code bin/elasticsearch}. */
  static Map<String, String> environment(Path workDirectory, Path javaHome) {
    return Map.of(
        "ES_PATH_CONF", workDirectory.resolve("config").toString(),
        "ES_JAVA_HOME", javaHome.toString(),
        "ES_JAVA_OPTS", "-Xms256m -Xmx256m -XX:-AlwaysPreTouch",
        "ES_TMPDIR", workDirectory.resolve("tmp").toString());
  }
}
