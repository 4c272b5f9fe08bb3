package io.finnexus.app.feedback;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.models.feedback.FeedbackLabel;
import io.finnexus.models.feedback.FeedbackLabelWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus feedback --jdbc-url URL --out labels.csv}: exports the officers' alert
 * dispositions as training labels (CSV or JSON lines; columns in {@code FeedbackLabel}). Last line
 * on stdout: {@code FEEDBACK labels=N positives=P negatives=Q alerts=A}.
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = "Export alert dispositions from the case store as training labels.")
public final class FeedbackCommand implements Callable<Integer> {

  enum Format {
    csv,
    jsonl
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--jdbc-url", required = true, description = "The API's PostgreSQL JDBC URL.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", defaultValue = "postgres", description = "Default: postgres.")
  String jdbcUser;

  @Option(names = "--jdbc-password", defaultValue = "", description = "Default: empty.")
  String jdbcPassword;

  @Option(names = "--out", required = true, description = "File to write.")
  Path out;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or jsonl.")
  Format format;

  @Option(
      names = "--kind",
      defaultValue = "FRAUD",
      description = "Alert kind: FRAUD (default), AML, SANCTIONS or ALL.")
  String kind;

  @Option(
      names = "--decided-before",
      description =
          "Only dispositions made before this instant (ISO-8601), e.g. a training cut-off.")
  Instant decidedBefore;

  @Override
  public Integer call() throws Exception {
    String alertKind = kind.toUpperCase(Locale.ROOT);
    if (!List.of("FRAUD", "AML", "SANCTIONS", "ALL").contains(alertKind)) {
      throw new UserInputException("--kind must be FRAUD, AML, SANCTIONS or ALL: " + kind);
    }
    List<FeedbackLabel> labels;
    try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
      labels =
          DispositionLabels.read(
              c, alertKind, decidedBefore == null ? Instant.now() : decidedBefore);
    } catch (SQLException e) {
      throw new UserInputException(
          "cannot read the case store at " + jdbcUrl + ": " + e.getMessage());
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (format == Format.csv) {
        FeedbackLabelWriter.writeCsv(labels, writer);
      } else {
        FeedbackLabelWriter.writeJsonLines(labels, writer);
      }
    }
    long positives = labels.stream().filter(l -> l.disposition().label() == 1).count();
    long negatives = labels.stream().filter(l -> l.disposition().label() == 0).count();
    long alerts = labels.stream().map(FeedbackLabel::alertId).distinct().count();
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "FEEDBACK labels=%d positives=%d negatives=%d alerts=%d%n",
            labels.size(),
            positives,
            negatives,
            alerts);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
