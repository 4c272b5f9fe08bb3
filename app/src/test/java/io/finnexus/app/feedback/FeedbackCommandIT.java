package io.finnexus.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.FinNexusCommand;
import io.finnexus.embedded.EmbeddedPostgres;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.migration.Migrations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Closed alerts in a real case store become one label per cited transaction. */
@ExtendWith(EmbeddedServers.class)
class FeedbackCommandIT {
  @TempDir Path dir;

  @Test
  void closed_fraud_alerts_become_labels_per_transaction_and_open_ones_are_left_out(
      EmbeddedPostgres postgres) throws Exception {
    String url = postgres.createDatabase("feedback_it");
    var dataSource = postgres.dataSource("feedback_it");
    Migrations.migrate(dataSource);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          alert("A-FP", "FRAUD", "'{T1,T2}'", "'false_positive'", "now() - interval '1 day'"));
      s.execute(alert("A-SAR", "FRAUD", "'{T3}'", "'sar_filed'", "now() - interval '2 days'"));
      s.execute(alert("A-OPEN", "FRAUD", "'{T4}'", "NULL", "NULL"));
      s.execute(alert("A-AML", "AML", "'{T5}'", "'true_positive_no_sar'", "now()"));
    }
    Path out = dir.resolve("labels.csv");

    StringWriter stdout = new StringWriter();
    CommandLine cli = FinNexusCommand.commandLine();
    cli.setOut(new PrintWriter(stdout));
    int exit =
        cli.execute(
            "feedback", "--jdbc-url", url, "--jdbc-user", postgres.user(), "--out", out.toString());

    assertThat(exit).isZero();
    assertThat(stdout.toString().strip())
        .endsWith("FEEDBACK labels=3 positives=1 negatives=2 alerts=2");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("transaction_id,alert_id,event_time,disposition,label");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("T3,A-SAR,").contains(",TRUE_POSITIVE,1,"))
        .anySatisfy(l -> assertThat(l).startsWith("T1,A-FP,").contains(",FALSE_POSITIVE,0,"))
        .anySatisfy(l -> assertThat(l).startsWith("T2,A-FP,"))
        .noneMatch(l -> l.contains("A-OPEN") || l.contains("A-AML"));
  }

  @Test
  void an_unreachable_case_store_is_a_one_line_usage_error() {
    StringWriter stderr = new StringWriter();
    CommandLine cli = FinNexusCommand.commandLine();
    cli.setErr(new PrintWriter(stderr));
    int exit =
        cli.execute(
            "feedback",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--out",
            dir.resolve("x.csv").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString()).startsWith("finnexus: cannot read the case store");
  }

  private static String alert(
      String id, String kind, String transactions, String disposition, String closedAt) {
    return "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score,"
        + " account_id, transaction_ids, summary, model_id, model_version, disposition, closed_at)"
        + " VALUES ('"
        + id
        + "', 'ACCOUNT_TAKEOVER', '"
        + kind
        + "', 'fraud-streams', '2026-03-01T10:00:00Z', 0.9, 'ACC-1', "
        + transactions
        + ", 'test', 'fraud-gbt-1', '1', "
        + disposition
        + ", "
        + closedAt
        + ")";
  }
}
