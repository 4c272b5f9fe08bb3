package io.finnexus.api;

import io.finnexus.api.personal.PersonalFields;
import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.embedded.EmbeddedMongo;
import io.finnexus.embedded.EmbeddedPostgres;
import io.finnexus.schemas.migration.Migrations;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the API for load tests (a main, not a test): embedded PostgreSQL, Kafka and MongoDB, the
 * store seeded with {@code --alerts N} (100,000) alerts by SQL, rate limiting off, on {@code
 * --port} (8080). Then run {@code bench}'s {@code io.finnexus.bench.ApiLoadHarness} against it.
 * Stops on Ctrl-C or after {@code --minutes} (10).
 */
public final class LoadRig {

  private LoadRig() {}

  public static void main(String[] args) throws Exception {
    int alerts = Integer.parseInt(option(args, "--alerts", "100000"));
    String port = option(args, "--port", "8080");
    long minutes = Long.parseLong(option(args, "--minutes", "10"));
    EmbeddedPostgres postgres = EmbeddedPostgres.ephemeral().start();
    EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start();
    EmbeddedMongo mongo = EmbeddedMongo.ephemeral().start();
    String url = postgres.createDatabase("finnexus_load");
    Migrations.migrate(postgres.dataSource("finnexus_load"));
    try (Connection c = postgres.dataSource("finnexus_load").getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score, risk_band, account_id,"
              + " customer_id, total_amount, currency, summary, rule_hits, features, status)"
              + " SELECT 'LOAD-' || g, (ARRAY['CYCLE','STRUCTURING','FAN_IN','CARD_TESTING'])[1 + g % 4], 'AML',"
              + " 'bench', now() - g * interval '1 minute', (g % 100) / 100.0,"
              + " CASE WHEN g % 100 >= 80 THEN 'HIGH' WHEN g % 100 >= 50 THEN 'MEDIUM' ELSE 'LOW' END,"
              + " 'ACC-' || (g % 5000), 'CUST-' || (g % 2000), (g % 90000) + 0.25, 'EUR',"
              + " 'Synthetic alert ' || g, ARRAY['RULE_' || (g % 7)],"
              + " '[{\"name\":\"amount_zscore_30d\",\"value\":3.2,\"normal\":0.1,\"contribution\":0.4}]'::jsonb,"
              + " (ARRAY['NEW','NEW','IN_REVIEW','CLOSED'])[1 + g % 4]"
              + " FROM generate_series(1, "
              + alerts
              + ") g ON CONFLICT DO NOTHING");
      s.execute("ANALYZE alert");
    }
    var context =
        FinNexusApiApplication.start(
            "--server.port=" + port,
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + postgres.user(),
            "--spring.datasource.password=" + postgres.password(),
            "--finnexus.intake.bootstrap-servers=" + kafka.bootstrapServers(),
            "--spring.mongodb.uri=" + mongo.connectionString() + "/finnexus",
            "--finnexus.rate-limit.enabled=false",
            "--finnexus.retention.crypto.master-key.current=1",
            "--finnexus.retention.crypto.master-key.1.base64=" + randomKey(),
            "--logging.level.root=WARN");
    sealPersonalFields(context);
    System.out.println("LOADRIG ready on http://127.0.0.1:" + port + " with " + alerts + " alerts");
    Thread.sleep(minutes * 60_000);
    context.close();
    mongo.close();
    kafka.close();
    postgres.close();
  }

  /**
   * Seals each alert's account and summary under its customer's data key, as intake stores them, so
   * the list endpoint pays for opening them like in production.
   */
  private static void sealPersonalFields(ConfigurableApplicationContext context) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    PersonalFields personal = context.getBean(PersonalFields.class);
    List<Object[]> sealed = new ArrayList<>();
    jdbc.query(
        "SELECT alert_id, customer_id, account_id, summary FROM alert",
        rs -> {
          String customer = rs.getString(2);
          sealed.add(
              new Object[] {
                personal.seal(customer, PersonalFields.ALERT_ACCOUNT, rs.getString(3)),
                personal.seal(customer, PersonalFields.ALERT_SUMMARY, rs.getString(4)),
                rs.getString(1)
              });
        });
    jdbc.batchUpdate("UPDATE alert SET account_id = ?, summary = ? WHERE alert_id = ?", sealed);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
