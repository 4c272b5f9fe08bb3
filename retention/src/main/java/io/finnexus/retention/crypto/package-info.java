/**
 * Envelope encryption of personal data: AES-256-GCM values under a per-subject data key, wrapped by
 * a rotatable master key, and crypto-shredding by destroying the data key. Uses only the JDK's
 * javax.crypto and JDBC; imports nothing from the other retention packages.
 */
package io.finnexus.retention.crypto;
