package io.finnexus.models.train;

import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.runtime.GbtTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer.BoosterType;
import org.tribuo.common.xgboost.XGBoostTrainer.LoggingVerbosity;
import org.tribuo.common.xgboost.XGBoostTrainer.TreeMethod;

/**
 * Trains the gradient-boosted-trees fraud classifier with Tribuo's XGBoost trainer ({@code
 * TreeMethod.HIST}) and exports its trees for plain-Java scoring. The artifact carries both the
 * Tribuo model ({@value #TRIBUO_PAYLOAD}) and the tree dump ({@link GbtTrees#PAYLOAD}).
 */
public final class GbtTrainer implements ModelTrainer {
  public static final String TRIBUO_PAYLOAD = "model.tribuo";

  /** XGBoost 1.6's default global bias for softprob. */
  static final float BASE_SCORE = 0.5f;

  private final GbtConfig config;

  public GbtTrainer(GbtConfig config) {
    this.config = config;
  }

  @Override
  public TrainedModel train(FeatureTable train) {
    long positives = train.positives();
    double weight =
        config.classWeights().positiveWeight(positives, train.rows().size() - positives);
    XGBoostModel<Label> model = trainer().train(TribuoTables.labelled(train, weight));
    GbtTrees trees = exportTrees(model, train.featureNames());
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    payloads.put(TRIBUO_PAYLOAD, serialize(model));
    payloads.put(GbtTrees.PAYLOAD, json(trees));
    Map<String, String> hyper = new LinkedHashMap<>(config.asMap());
    hyper.put("positiveWeight", String.valueOf(weight));
    return new TrainedModel(
        trees.scorer(), payloads, "tribuo-xgboost", hyper, LibraryVersions.of(Booster.class));
  }

  private XGBoostClassificationTrainer trainer() {
    return new XGBoostClassificationTrainer(
        BoosterType.GBTREE,
        TreeMethod.HIST,
        config.numTrees(),
        config.eta(),
        config.gamma(),
        config.maxDepth(),
        config.minChildWeight(),
        config.subsample(),
        config.featureSubsample(),
        config.lambda(),
        config.alpha(),
        config.threads(),
        LoggingVerbosity.SILENT,
        config.seed());
  }

  /** Dumps the booster's trees as JSON and maps Tribuo's feature ids to our column order. */
  public static GbtTrees exportTrees(XGBoostModel<Label> model, List<String> featureNames) {
    ImmutableFeatureMap ids = model.getFeatureIDMap();
    int[] idToColumn = new int[ids.size()];
    Arrays.fill(idToColumn, -1);
    for (int column = 0; column < featureNames.size(); column++) {
      int id = ids.getID(featureNames.get(column));
      if (id >= 0) {
        idToColumn[id] = column;
      }
    }
    try {
      Booster booster = model.getInnerModels().get(0);
      List<String> dumps = List.of(booster.getModelDump("", false, "json"));
      int numClasses = model.getOutputIDInfo().size();
      int positive = model.getOutputIDInfo().getID(new Label(TribuoTables.FRAUD));
      return new GbtTrees(numClasses, positive, BASE_SCORE, idToColumn, dumps);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not dump its trees", e);
    }
  }

  static byte[] serialize(Model<?> model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      model.serializeToStream(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] json(Object value) {
    try {
      return ArtifactCodec.json().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
