/**
 * Training: turns a time-ordered feature table into a model artifact (time split, class weights,
 * Tribuo XGBoost / logistic regression / one-class SVM, the DL4J autoencoder via {@code anomaly},
 * validation metrics, threshold, provenance). May import Tribuo; never the registry or a database.
 */
package io.finnexus.models.train;
