package io.finnexus.models.artifact;

import java.util.Map;

/**
 * Where a model came from, enough to reproduce it: which data (SHA-256 of the training input in
 * event-time order), which trainer with which hyperparameters, which library versions, when.
 *
 * @param dataSha256 SHA-256 of the feature rows the model was trained and validated on
 * @param trainer the trainer's name (e.g. {@code tribuo-xgboost})
 * @param hyperparameters every hyperparameter by its documented field name
 * @param libraryVersions versions of the libraries that produced the payload
 * @param createdAt ISO-8601 instant
 * @param splitCutoff ISO-8601 instant: training rows are before it, validation rows at or after
 */
public record Provenance(
    String dataSha256,
    String trainer,
    Map<String, String> hyperparameters,
    Map<String, String> libraryVersions,
    String createdAt,
    long trainRows,
    long validationRows,
    String splitCutoff) {}
