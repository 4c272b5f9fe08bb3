/**
 * The validation branch: raw records in, trusted transactions or dead letters out, using the
 * schemas module's validator. May import Kafka Streams and {@code io.finnexus.schemas}, never the
 * scoring core.
 */
package io.finnexus.streams.validate;
