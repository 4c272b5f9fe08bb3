package io.finnexus.api.fault;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.FinNexusApiApplication;
import io.finnexus.api.security.ProductionSafetyCheck;
import io.finnexus.embedded.EmbeddedServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One API instance started in this JVM as the {@code finnexus} CLI starts it, on its own database
 * and alerts topic (the fault ITs restart or kill servers, so they cannot share the cached test
 * context). MongoDB is the JVM's shared embedded server; search is off.
 */
final class ApiInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private ApiInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts an instance on {@code jdbcUrl} consuming alerts from {@code alertTopic}. */
  static ApiInstance start(String jdbcUrl, String bootstrapServers, String alertTopic) {
    return new ApiInstance(
        FinNexusApiApplication.start(
            args(jdbcUrl, bootstrapServers, alertTopic).toArray(String[]::new)));
  }

  /** Starts an instance with more settings and configuration classes (e.g. a fault). */
  static ApiInstance start(
      String jdbcUrl,
      String bootstrapServers,
      String alertTopic,
      Map<String, String> more,
      Class<?>... configurations) {
    List<String> args = args(jdbcUrl, bootstrapServers, alertTopic);
    more.forEach((k, v) -> args.add("--" + k + "=" + v));
    SpringApplication application = new SpringApplication(FinNexusApiApplication.class);
    application.addPrimarySources(List.of(configurations));
    application.addListeners(new ProductionSafetyCheck());
    return new ApiInstance(application.run(args.toArray(String[]::new)));
  }

  /** The arguments an instance runs with, in this JVM or in a child process. */
  static List<String> args(String jdbcUrl, String bootstrapServers, String alertTopic) {
    Map<String, String> settings =
        Map.ofEntries(
            Map.entry("server.port", "0"),
            Map.entry("spring.datasource.url", jdbcUrl),
            Map.entry("spring.datasource.username", "postgres"),
            Map.entry("spring.datasource.password", "postgres"),
            // a database restart must not park a request for Hikari's default 30 s
            Map.entry("spring.datasource.hikari.connection-timeout", "3000"),
            Map.entry("spring.mongodb.uri", EmbeddedServers.mongo().connectionString() + "/fault"),
            Map.entry("finnexus.intake.bootstrap-servers", bootstrapServers),
            Map.entry("finnexus.intake.topic", alertTopic),
            Map.entry("finnexus.intake.group-id", "fault-intake-" + alertTopic),
            Map.entry("finnexus.archive.enabled", "false"),
            Map.entry("finnexus.search.url", ""),
            Map.entry("finnexus.security.jwt-secret", ApiTestSupport.JWT_SECRET),
            Map.entry("finnexus.backup.key", ApiTestSupport.BACKUP_KEY),
            Map.entry(
                "finnexus.backup.dir", System.getProperty("java.io.tmpdir") + "/fault-backups"),
            Map.entry("finnexus.retention.crypto.master-key.current", "1"),
            Map.entry("finnexus.retention.crypto.master-key.1.base64", ApiTestSupport.MASTER_KEY),
            Map.entry(
                "finnexus.batch.reconciliation.ledger-dir", System.getProperty("java.io.tmpdir")));
    List<String> args = new ArrayList<>();
    settings.forEach((k, v) -> args.add("--" + k + "=" + v));
    return args;
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  ApiClient as(String username) {
    return new ApiClient("http://127.0.0.1:" + port()).login(username, "finnexus-demo");
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
