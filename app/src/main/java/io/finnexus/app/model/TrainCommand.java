package io.finnexus.app.model;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.app.ingest.ImportFormat;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ArtifactManifest;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.metrics.ModelMetrics;
import io.finnexus.models.train.TrainingInputs;
import io.finnexus.models.train.TrainingRun;
import io.finnexus.scoring.LabelledTransaction;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus train}: computes features by replaying the input in event-time order, trains on
 * the earlier part, validates on the later part and writes a {@code .fnx} artifact (model, feature
 * list and schema version, threshold, metrics, provenance).
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model on labelled transactions and write a .fnx artifact.")
public final class TrainCommand implements Callable<Integer> {

  @Option(
      names = "--model",
      required = true,
      description = "fraud-gbt | fraud-lr | anomaly-ae | anomaly-svm")
  String model;

  @Option(names = "--input", required = true, description = "Input file (folder for amlsim).")
  Path input;

  @Option(
      names = "--format",
      defaultValue = "generated",
      description = "generated | amlsim | amlworld (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--out", required = true, description = "Artifact to write (e.g. model.fnx).")
  Path out;

  @Option(
      names = "--train-fraction",
      defaultValue = "0.7",
      description = "Share of rows, by event time, used for training (default: ${DEFAULT-VALUE}).")
  double trainFraction;

  @Override
  public Integer call() throws Exception {
    ModelKind kind = kind(model);
    ImportFormat inputFormat = LabelledInput.format(format);
    List<LabelledTransaction> rows = LabelledInput.read(inputFormat, input, System.err);
    FeatureTable table = TrainingInputs.table(kind, rows, LabelledInput.label(inputFormat, kind));
    TrainingRun.Result result =
        new TrainingRun(kind, TrainingInputs.defaultTrainer(kind), trainFraction, Clock.systemUTC())
            .run(table);
    ArtifactCodec.write(result.artifact(), out);
    ArtifactManifest m = result.artifact().manifest();
    System.out.printf(
        Locale.ROOT,
        "trained %s on %d rows (%d validation rows from %s)%n",
        m.modelId(),
        m.provenance().trainRows(),
        m.provenance().validationRows(),
        m.provenance().splitCutoff());
    System.out.printf(
        Locale.ROOT, "threshold %.6f (1%% FPR on validation); wrote %s%n", m.threshold(), out);
    printMetrics(m.metrics());
    return 0;
  }

  static void printMetrics(ModelMetrics metrics) {
    System.out.printf(
        Locale.ROOT,
        "rows=%d positives=%d precision_at_%d=%.4f brier=%.4f%n",
        metrics.rows(),
        metrics.positives(),
        metrics.k(),
        metrics.precisionAtK(),
        metrics.brier());
    System.out.println(metrics.summaryLine());
  }

  static ModelKind kind(String name) {
    try {
      return ModelKind.fromCliName(name);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "unknown --model '" + name + "' (expected fraud-gbt, fraud-lr, anomaly-ae, anomaly-svm)");
    }
  }
}
