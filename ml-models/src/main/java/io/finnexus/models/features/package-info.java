/**
 * Feature extraction for training: replays labelled transactions in event-time order through a
 * per-transaction extractor (fraud) or a per-customer aggregation (behaviour vectors for anomaly
 * models) and produces feature tables. Knows no model library.
 */
package io.finnexus.models.features;
