package io.finnexus.app.generate;

import io.finnexus.app.cli.Progress;
import io.finnexus.app.cli.UserInputException;
import io.finnexus.app.ingest.GeneratedCsvWriter;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code finnexus generate}: realistic labelled synthetic traffic to a CSV file (the {@link
 * io.finnexus.app.ingest.GeneratedCsv} format) or to Kafka.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generate labelled synthetic transactions (normal traffic + AML/fraud typologies).")
public final class GenerateCommand implements Callable<Integer> {
  static final int MIN_ACCOUNTS = 50;
  static final int MAX_ACCOUNTS = 2_000_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--accounts",
      defaultValue = "1000",
      description = "Customers/accounts (default ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--days",
      defaultValue = "30",
      description = "Days of traffic (default ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      defaultValue = "2026-01-01",
      description = "First day, UTC (default ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(
      names = "--rate",
      description = "Kafka only: transactions per second (default: as fast as possible).")
  Double rate;

  @Option(
      names = "--topic",
      defaultValue = "transactions",
      description = "Kafka topic (default ${DEFAULT-VALUE}).")
  String topic;

  @ArgGroup(multiplicity = "1")
  Target target;

  /** Exactly one destination. */
  static final class Target {
    @Option(names = "--out", required = true, description = "Write the CSV here.")
    Path out;

    @Option(
        names = "--kafka",
        required = true,
        description = "Kafka bootstrap servers, e.g. localhost:9092.")
    String kafka;
  }

  @Override
  public Integer call() throws IOException {
    checkArguments();
    Progress progress = Progress.onStderr();
    TrafficGenerator.Result result =
        new TrafficGenerator(accounts, days, seed, start).generate(progress);
    if (target.out != null) {
      writeCsv(result.rows(), progress);
    } else {
      produce(result.rows(), progress);
    }
    progress.finish();
    report(result, progress.elapsedSeconds());
    return 0;
  }

  private void checkArguments() {
    if (accounts < MIN_ACCOUNTS || accounts > MAX_ACCOUNTS) {
      throw new ParameterException(
          spec.commandLine(),
          "--accounts must be between "
              + MIN_ACCOUNTS
              + " and "
              + MAX_ACCOUNTS
              + ", was "
              + accounts);
    }
    if (days < 1 || days > 3_660) {
      throw new ParameterException(
          spec.commandLine(), "--days must be between 1 and 3660, was " + days);
    }
    if (rate != null && (rate <= 0 || target.kafka == null)) {
      throw new ParameterException(spec.commandLine(), "--rate must be positive and needs --kafka");
    }
  }

  private void writeCsv(List<LabelledTransaction> rows, Progress progress) throws IOException {
    GeneratedCsvWriter writer;
    try {
      writer = GeneratedCsvWriter.open(target.out);
    } catch (IOException e) {
      throw new UserInputException(target.out + ": cannot write: " + e.getMessage(), e);
    }
    try (writer) {
      for (int i = 0; i < rows.size(); i++) {
        writer.write(rows.get(i));
        if ((i & 1023) == 0) {
          progress.update("write", i, rows.size());
        }
      }
    }
  }

  private void produce(List<LabelledTransaction> rows, Progress progress) throws IOException {
    try (KafkaTransactionSink sink =
        KafkaTransactionSink.connect(target.kafka, topic, rate == null ? 0 : rate)) {
      for (int i = 0; i < rows.size(); i++) {
        sink.send(rows.get(i).transaction());
        progress.update("produce", i + 1, rows.size());
      }
    }
  }

  private void report(TrafficGenerator.Result result, double seconds) {
    Map<Typology, Long> labelled = new EnumMap<>(Typology.class);
    for (LabelledTransaction row : result.rows()) {
      if (row.typology() != null) {
        labelled.merge(row.typology(), 1L, Long::sum);
      }
    }
    System.err.printf(
        "generated %,d rows for %,d accounts over %d days to %s in %.1f s%n",
        result.rows().size(),
        accounts,
        days,
        target.out != null ? target.out : "kafka " + target.kafka + " topic " + topic,
        seconds);
    result
        .instances()
        .forEach(
            (typology, count) ->
                System.err.printf(
                    "  %-24s %4d instances %6d rows%n",
                    typology, count, labelled.getOrDefault(typology, 0L)));
  }
}
