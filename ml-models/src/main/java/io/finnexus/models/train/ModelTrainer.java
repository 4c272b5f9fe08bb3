package io.finnexus.models.train;

import io.finnexus.models.data.FeatureTable;

/** Trains one kind of model on the training slice of a time split. */
@FunctionalInterface
public interface ModelTrainer {
  TrainedModel train(FeatureTable train);
}
