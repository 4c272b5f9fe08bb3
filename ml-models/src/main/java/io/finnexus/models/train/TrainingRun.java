package io.finnexus.models.train;

import io.finnexus.models.artifact.ArtifactManifest;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.artifact.Provenance;
import io.finnexus.models.data.DataHash;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.TimeSplit;
import io.finnexus.models.metrics.BinaryMetrics;
import io.finnexus.models.metrics.ModelMetrics;
import io.finnexus.models.runtime.Evaluation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One training run: split the table by event time, train on the earlier slice, score the later
 * slice, pick the threshold (1% false-positive rate on validation), and package the artifact with
 * metrics and provenance.
 *
 * @param trainFraction share of rows (by event time) used for training; the rest validates
 */
public record TrainingRun(ModelKind kind, ModelTrainer trainer, double trainFraction, Clock clock) {

  /** Default share of rows for training. */
  public static final double DEFAULT_TRAIN_FRACTION = 0.7;

  /** Maximum false-positive rate the default threshold allows on validation. */
  public static final double THRESHOLD_FPR = 0.01;

  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The trained artifact and the validation slice it was measured on. */
  public record Result(ModelArtifact artifact, TimeSplit split) {}

  public Result run(FeatureTable table) {
    TimeSplit split = TimeSplit.byFraction(table, trainFraction);
    if (kind.probabilistic() && split.train().positives() == 0) {
      throw new IllegalArgumentException("the training slice has no positive (fraud) rows");
    }
    TrainedModel trained = trainer.train(split.train());
    double[] scores = Evaluation.scores(trained.scorer(), split.validation());
    boolean[] labels = split.validation().labels();
    ModelMetrics metrics =
        BinaryMetrics.compute(scores, labels, BinaryMetrics.DEFAULT_K, kind.probabilistic());
    double threshold = Thresholds.atFalsePositiveRate(scores, labels, THRESHOLD_FPR);
    String dataHash = DataHash.of(table);
    Instant now = clock.instant();
    String version = VERSION_TIME.format(now) + "-" + dataHash.substring(0, 8);
    Provenance provenance =
        new Provenance(
            dataHash,
            trained.trainer(),
            trained.hyperparameters(),
            trained.libraryVersions(),
            now.toString(),
            split.train().rows().size(),
            split.validation().rows().size(),
            Instant.ofEpochMilli(split.cutoffMillis()).toString());
    ArtifactManifest manifest =
        new ArtifactManifest(
            ArtifactManifest.CURRENT_FORMAT,
            kind.cliName() + "-" + version,
            version,
            kind,
            table.featureNames(),
            table.schemaVersion(),
            threshold,
            metrics,
            provenance,
            Map.of());
    return new Result(ModelArtifact.of(manifest, trained.payloads()), split);
  }
}
