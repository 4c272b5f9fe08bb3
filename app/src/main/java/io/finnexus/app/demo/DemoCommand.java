package io.finnexus.app.demo;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.embedded.EmbeddedStack;
import io.finnexus.schemas.migration.Migrations;
import io.finnexus.schemas.topic.TopicSettings;
import io.finnexus.schemas.topic.admin.TopicSetup;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus demo}: the whole system on this machine with no setup. Starts real PostgreSQL,
 * Kafka, MongoDB and (where it can run) the search node on loopback with their data under {@code
 * --data-dir}; migrates the database; trains and promotes a first fraud model if the registry has
 * none; starts the streams app, the Flink job and the API as child JVMs; then streams labelled
 * generated traffic into {@code transactions} and prints progress until Ctrl-C (or {@code
 * --duration}). Run it again on the same data directory and it resumes where it stopped.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run everything on this machine (embedded servers, streams, Flink, API, UI).")
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      defaultValue = "var",
      description = "Where all data lives; kept between runs (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--api-port", defaultValue = "8080", description = "Default: ${DEFAULT-VALUE}.")
  int apiPort;

  @Option(
      names = "--rate",
      defaultValue = "200",
      description = "Transactions per second sent (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--accounts",
      defaultValue = "1000",
      description = "Accounts of the generated traffic (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--days",
      defaultValue = "30",
      description = "Days of generated traffic, ending today (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--duration",
      description = "Stop after this long (e.g. PT2M); default: run until Ctrl-C.")
  Duration duration;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Files.createDirectories(dataDir.resolve("logs"));
    // the embedded servers' own logging goes to a file; this console shows the demo's lines only
    System.setProperty(
        "org.slf4j.simpleLogger.logFile",
        dataDir.resolve("logs").resolve("servers.log").toString());
    out.println("demo: starting PostgreSQL, Kafka, MongoDB and the search node in " + dataDir);
    String stopping = "demo: stopping (data kept in " + dataDir + ")";
    try (StopSignal stop = new StopSignal(out, stopping);
        EmbeddedStack stack = EmbeddedStack.persistent(dataDir).start();
        DemoServices services = new DemoServices(dataDir, stack)) {
      Migrations.migrate(stack.postgres().dataSource());
      TopicSetup.ensure(stack.kafka().bootstrapServers(), TopicSettings.defaults());
      services.startApi(apiPort); // the slowest to start: first, the rest starts meanwhile
      try (ModelEventsProducer events = new ModelEventsProducer(stack.kafka().bootstrapServers())) {
        DemoModel.ensureChampion(stack.mongo().connectionString(), events, out);
      }
      services.startStreams();
      services.startFlink();
      String url = "http://127.0.0.1:" + apiPort + "/";
      new Readiness(services).awaitHttp(url + "actuator/health/readiness", Duration.ofMinutes(4));
      printWelcome(out, url, stack, services);
      try (DemoTraffic traffic =
          new DemoTraffic(stack.kafka().bootstrapServers(), dataDir, accounts, days, rate)
              .start()) {
        new DemoProgress(stack, traffic, services, out).runUntil(duration, stop);
      }
      if (!stop.requested()) {
        out.println(stopping);
      }
    }
    return 0;
  }

  private static void printWelcome(
      PrintStream out, String url, EmbeddedStack stack, DemoServices services) {
    out.println();
    out.println("FinNexus is running.");
    out.println("  Review UI and API : " + url + "   (OpenAPI: " + url + "v3/api-docs)");
    out.println(
        "  Logins            : officer, officer2, supervisor, supervisor2, scheduler,"
            + " datascientist, admin; password finnexus-demo");
    out.println("  Kafka             : " + stack.kafka().bootstrapServers());
    out.println("  PostgreSQL        : " + stack.postgres().jdbcUrl() + " (user postgres)");
    out.println("  MongoDB           : " + stack.mongo().connectionString());
    out.println(
        "  Search node       : "
            + stack.search().map(node -> node.connectionString()).orElse("not available here"));
    out.println(
        "  Sanctions lists   : "
            + DemoServices.sanctionsLists().map(Object::toString).orElse("none found"));
    out.printf(Locale.ROOT, "  %-18s: log %s%n", "embedded servers", services.log("servers"));
    for (ChildJvm child : services.children()) {
      out.printf(Locale.ROOT, "  %-18s: log %s%n", child.name(), services.log(child.name()));
    }
    out.println("Press Ctrl-C to stop; the data stays for the next run.");
    out.println();
  }
}
