package io.finnexus.bench;

import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.models.runtime.GbtTrees;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.models.runtime.Scorer;
import io.finnexus.models.runtime.TribuoScorers;
import io.finnexus.models.train.GbtConfig;
import io.finnexus.models.train.GbtTrainer;
import io.finnexus.models.train.TrainingRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread latency of scoring one transaction with the champion GBT fraud model: the flat
 * plain-Java tree evaluator (the online path, target ≤ 20 µs) against Tribuo's own XGBoost predict
 * on one row. The model is trained in setup with the production defaults ({@link
 * GbtConfig#defaults()}: 150 rounds × 2 classes, depth 6) on 21 synthetic features.
 *
 * <p>Run: {@code ./mvnw -pl bench compile exec:exec -Djmh.args="ModelScoringBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelScoringBenchmark {
  private static final int FEATURES = 21;
  private static final int ROWS = 4096;

  private Scorer flat;
  private Scorer tribuo;
  private double[][] rows;
  private int next;

  @Setup(Level.Trial)
  public void train() {
    FeatureTable table = syntheticTable(30_000, 7L);
    ModelArtifact artifact =
        new TrainingRun(
                ModelKind.FRAUD_GBT, new GbtTrainer(GbtConfig.defaults()), 0.7, Clock.systemUTC())
            .run(table)
            .artifact();
    flat = ModelLoader.read(artifact, GbtTrees.PAYLOAD, GbtTrees.class).scorer();
    tribuo =
        TribuoScorers.fraudProbability(
            TribuoScorers.deserialize(artifact.payload("model.tribuo")),
            table.featureNames(),
            null);
    rows = table.rows().stream().limit(ROWS).map(LabelledRow::features).toArray(double[][]::new);
  }

  @Benchmark
  public double flatTreesOneRow() {
    next = (next + 1) & (ROWS - 1);
    return flat.score(rows[next]);
  }

  @Benchmark
  public double tribuoXgboostOneRow() {
    next = (next + 1) & (ROWS - 1);
    return tribuo.score(rows[next]);
  }

  /** Rows whose label depends non-linearly on a few features, with noise: trees grow full depth. */
  static FeatureTable syntheticTable(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LabelledRow> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] x = IntStream.range(0, FEATURES).mapToDouble(j -> random.nextGaussian()).toArray();
      double logit = 2 * x[0] * x[1] + Math.abs(x[2]) * 1.5 - x[3] * x[3] + 0.5 * x[4] - 4;
      boolean label = random.nextDouble() < 1 / (1 + Math.exp(-logit));
      out.add(new LabelledRow("r" + i, i * 1000L, x, label));
    }
    List<String> names = IntStream.range(0, FEATURES).mapToObj(j -> "f_" + j).toList();
    return new FeatureTable(names, "bench-synthetic", out);
  }
}
