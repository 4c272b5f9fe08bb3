/**
 * The one-command demo: real servers on loopback with persistent data in this JVM; the streams app,
 * the Flink job and the API as child JVMs ({@code io.finnexus.app.child}); generated traffic. Kafka
 * Streams and Flink never enter this JVM (see DESIGN.md).
 */
package io.finnexus.app.demo;
