package io.finnexus.models.train;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Converts feature tables into Tribuo datasets and examples. Every feature is written explicitly,
 * zeros included, so XGBoost sees the same dense row at training and at scoring time.
 */
public final class TribuoTables {
  public static final String FRAUD = "FRAUD";
  public static final String LEGIT = "LEGIT";

  private static final LabelFactory LABELS = new LabelFactory();
  private static final AnomalyFactory EVENTS = new AnomalyFactory();

  private TribuoTables() {}

  /** A labelled dataset; positive rows get {@code positiveWeight}. */
  public static MutableDataset<Label> labelled(FeatureTable table, double positiveWeight) {
    MutableDataset<Label> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance("finnexus-features", LABELS), LABELS);
    String[] names = table.featureNames().toArray(String[]::new);
    for (LabelledRow row : table.rows()) {
      ArrayExample<Label> example =
          new ArrayExample<>(new Label(row.positive() ? FRAUD : LEGIT), names, row.features());
      example.setWeight(row.positive() ? (float) positiveWeight : 1f);
      dataset.add(example);
    }
    return dataset;
  }

  /** An anomaly-detection dataset: every row is treated as an expected (normal) event. */
  public static MutableDataset<Event> expectedEvents(FeatureTable table) {
    MutableDataset<Event> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance("finnexus-behaviour", EVENTS), EVENTS);
    String[] names = table.featureNames().toArray(String[]::new);
    for (LabelledRow row : table.rows()) {
      dataset.add(new ArrayExample<>(AnomalyFactory.EXPECTED_EVENT, names, row.features()));
    }
    return dataset;
  }

  public static Example<Label> unlabelledExample(String[] names, double[] values) {
    return new ArrayExample<>(LABELS.getUnknownOutput(), names, values);
  }

  public static Example<Event> unlabelledEvent(String[] names, double[] values) {
    return new ArrayExample<>(EVENTS.getUnknownOutput(), names, values);
  }
}
