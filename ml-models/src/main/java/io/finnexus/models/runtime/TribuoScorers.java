package io.finnexus.models.runtime;

import io.finnexus.models.data.Standardizer;
import io.finnexus.models.train.TribuoTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;

/** Scorers backed by a Tribuo model (protobuf-serialised in the artifact). */
public final class TribuoScorers {
  private TribuoScorers() {}

  public static Model<?> deserialize(byte[] bytes) {
    try {
      return Model.deserializeFromStream(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable Tribuo model", e);
    }
  }

  /** Probability of {@code FRAUD} from a Tribuo classifier; {@code scaler} may be null. */
  @SuppressWarnings("unchecked")
  public static Scorer fraudProbability(Model<?> model, List<String> names, Standardizer scaler) {
    Model<Label> classifier = (Model<Label>) model;
    String[] featureNames = names.toArray(String[]::new);
    return features -> {
      double[] x = scaler == null ? features : scaler.apply(features);
      Prediction<Label> p = classifier.predict(TribuoTables.unlabelledExample(featureNames, x));
      Label fraud = p.getOutputScores().get(TribuoTables.FRAUD);
      return fraud == null ? 0.0 : fraud.getScore();
    };
  }

  /** Anomaly score (minus the SVM decision value: higher = more anomalous). */
  @SuppressWarnings("unchecked")
  public static Scorer anomalyScore(Model<?> model, List<String> names, Standardizer scaler) {
    Model<Event> detector = (Model<Event>) model;
    String[] featureNames = names.toArray(String[]::new);
    return features -> {
      double[] x = scaler.apply(features);
      Event e = detector.predict(TribuoTables.unlabelledEvent(featureNames, x)).getOutput();
      return -e.getScore();
    };
  }
}
