/**
 * The model artifact ({@code .fnx}): a zip holding a JSON manifest (features, feature-schema
 * version, threshold, metrics, provenance) and the model payload files, each with its SHA-256.
 * Knows no model library and no database.
 */
package io.finnexus.models.artifact;
