package io.finnexus.app.model;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.app.ingest.ImportFormat;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.metrics.ModelMetrics;
import io.finnexus.models.runtime.Evaluation;
import io.finnexus.models.runtime.LoadedModel;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.models.train.TrainingInputs;
import io.finnexus.scoring.LabelledTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus model-eval}: scores a labelled file with a saved artifact, computing features the
 * same way training did. The last line is {@code MODEL pr_auc=X roc_auc=Y recall_at_1pct_fpr=Z}.
 */
@Command(
    name = "model-eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a .fnx model artifact on a labelled file.")
public final class ModelEvalCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, description = "The .fnx artifact.")
  Path modelFile;

  @Option(names = "--input", required = true, description = "Input file (folder for amlsim).")
  Path input;

  @Option(
      names = "--format",
      defaultValue = "generated",
      description = "generated | amlsim | amlworld (default: ${DEFAULT-VALUE})")
  String format;

  @Override
  public Integer call() throws Exception {
    LoadedModel model = ModelLoader.load(readArtifact());
    ImportFormat inputFormat = LabelledInput.format(format);
    List<LabelledTransaction> rows = LabelledInput.read(inputFormat, input, System.err);
    FeatureTable table =
        TrainingInputs.table(
            model.manifest().kind(),
            rows,
            LabelledInput.label(inputFormat, model.manifest().kind()));
    if (!table.schemaVersion().equals(model.manifest().featureSchemaVersion())) {
      throw new UserInputException(
          "model "
              + model.id()
              + " uses feature schema "
              + model.manifest().featureSchemaVersion()
              + ", this build computes "
              + table.schemaVersion());
    }
    ModelMetrics metrics = Evaluation.evaluate(model, table);
    System.out.println("model " + model.id() + " (" + model.manifest().kind().cliName() + ")");
    TrainCommand.printMetrics(metrics);
    return 0;
  }

  private ModelArtifact readArtifact() {
    try {
      return ArtifactCodec.read(modelFile);
    } catch (IOException e) {
      throw new UserInputException(modelFile + ": cannot read: " + e.getMessage(), e);
    } catch (InvalidArtifactException e) {
      throw new UserInputException(modelFile + ": " + e.getMessage(), e);
    }
  }
}
