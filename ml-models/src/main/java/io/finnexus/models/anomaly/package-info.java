/**
 * Customer-level anomaly detection: per-customer behaviour vectors over fixed event-time windows,
 * and the DL4J autoencoder whose reconstruction error is the anomaly score (Tribuo's one-class SVM
 * in {@code train} is the alternative). May import DL4J/ND4J; nothing else imports DL4J.
 */
package io.finnexus.models.anomaly;
