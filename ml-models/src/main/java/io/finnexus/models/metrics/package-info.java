/**
 * Binary-classification metrics computed from scores and labels (PR-AUC, ROC-AUC, precision at k,
 * recall at a fixed false-positive rate, Brier score, reliability bins). Pure Java, no model
 * library.
 */
package io.finnexus.models.metrics;
