package io.finnexus.app.demo;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.app.child.Deployables;
import io.finnexus.embedded.EmbeddedStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three deployables of the demo as child JVMs wired to the embedded stack: the Kafka Streams
 * fraud app, the Flink AML job on a MiniCluster, and the API (which also hosts the batch jobs).
 * Each logs to {@code <data-dir>/logs/<name>.log}; closing stops them newest first.
 */
final class DemoServices implements AutoCloseable {
  /** The nightly controls the demo schedules (Quartz cron, UTC); reconciliation needs a ledger. */
  static final Map<String, String> NIGHTLY =
      Map.of(
          "backup", "0 0 2 * * ?",
          "backup-verify", "0 0 3 * * ?",
          "retention-purge", "0 0 4 * * ?");

  private final Path dataDir;
  private final EmbeddedStack stack;
  private final List<ChildJvm> children = new ArrayList<>();

  DemoServices(Path dataDir, EmbeddedStack stack) {
    this.dataDir = dataDir.toAbsolutePath();
    this.stack = stack;
  }

  Path log(String name) {
    return dataDir.resolve("logs").resolve(name + ".log");
  }

  List<ChildJvm> children() {
    return List.copyOf(children);
  }

  void startStreams() throws IOException {
    String bootstrap = stack.kafka().bootstrapServers();
    List<String> jvm =
        List.of(
            "-Xmx512m",
            "-Dfinnexus.streams.bootstrap-servers=" + bootstrap,
            "-Dfinnexus.streams.state-dir=" + dataDir.resolve("streams-state"),
            "-Dfinnexus.streams.metrics-port=" + freePort(),
            "-Dfinnexus.streams.registry-uri=" + stack.mongo().connectionString(),
            "-Dfinnexus.streams.registry-database=" + DemoModel.DATABASE);
    start(
        "streams",
        ChildJvm.jarCommand(Deployables.STREAMS.locate(null), jvm, List.of()),
        keyStore());
  }

  void startFlink() throws IOException {
    Path flink = dataDir.resolve("flink");
    List<String> args =
        List.of(
            "--local",
            "--bootstrap",
            stack.kafka().bootstrapServers(),
            "--parallelism",
            "1",
            "--checkpoint-dir",
            flink.resolve("checkpoints").toUri().toString(),
            "--savepoint-dir",
            flink.resolve("savepoints").toUri().toString());
    List<String> withLists = new ArrayList<>(args);
    sanctionsLists().ifPresent(dir -> withLists.addAll(List.of("--sanctions-dir", dir.toString())));
    start(
        "flink",
        ChildJvm.mainCommand(
            Deployables.FLINK.locate(null),
            "io.finnexus.flink.AmlMonitoringJob",
            List.of("-Xmx1g"),
            withLists),
        keyStore());
  }

  /**
   * The key store and master key the engines seal published personal fields with: the API's
   * database and master key, so the API opens what the engines publish (environment, not command
   * line: no secret in the process list).
   */
  private Map<String, String> keyStore() throws IOException {
    return Map.of(
        "FINNEXUS_DB_URL", stack.postgres().jdbcUrl(),
        "FINNEXUS_DB_USER", stack.postgres().user(),
        "FINNEXUS_DB_PASSWORD", stack.postgres().password(),
        "FINNEXUS_MASTER_KEY", keyFile("master.key"));
  }

  void startApi(int port) throws IOException {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--spring.datasource.url=" + stack.postgres().jdbcUrl());
    args.add("--spring.datasource.username=" + stack.postgres().user());
    args.add("--spring.datasource.password=" + stack.postgres().password());
    args.add("--spring.mongodb.uri=" + stack.mongo().connectionString() + "/finnexus");
    args.add("--finnexus.intake.bootstrap-servers=" + stack.kafka().bootstrapServers());
    stack.search().ifPresent(node -> args.add("--finnexus.search.url=" + node.connectionString()));
    args.add("--finnexus.backup.dir=" + dataDir.resolve("backups"));
    args.add("--finnexus.batch.reconciliation.ledger-dir=" + dataDir.resolve("ledgers"));
    args.add("--finnexus.backup.mongo-uri=" + stack.mongo().connectionString());
    NIGHTLY.forEach((job, cron) -> args.add("--finnexus.batch.schedules." + job + "=" + cron));
    start(
        "api",
        ChildJvm.jarCommand(Deployables.API.locate(null), List.of("-Xmx768m"), args),
        Map.of(
            "FINNEXUS_BACKUP_KEY",
            keyFile("backup.key"),
            "FINNEXUS_MASTER_KEY",
            keyFile("master.key")));
  }

  /**
   * The OFAC + UN lists of the project's reference data ({@code shared/data/sanctions/watchman}),
   * found by walking up from the working directory; without them the job screens no names.
   */
  static Optional<Path> sanctionsLists() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path data : List.of(dir.resolve("shared/data"), dir.resolve("../shared/data"))) {
        Path lists = data.resolve("sanctions").resolve("watchman").normalize();
        if (Files.isDirectory(lists)) {
          return Optional.of(lists);
        }
      }
    }
    return Optional.empty();
  }

  private void start(String name, List<String> command) throws IOException {
    start(name, command, Map.of());
  }

  private void start(String name, List<String> command, Map<String, String> environment)
      throws IOException {
    children.add(ChildJvm.startLogged(name, command, environment, log(name)));
  }

  /**
   * A key of this data directory (the backup key, the personal-data master key), made on the first
   * run (owner-only file).
   */
  private String keyFile(String name) throws IOException {
    Path file = dataDir.resolve(name);
    if (!Files.exists(file)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
    return Files.readString(file).trim();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (int i = children.size() - 1; i >= 0; i--) {
      children.get(i).close();
    }
    children.clear();
  }
}
