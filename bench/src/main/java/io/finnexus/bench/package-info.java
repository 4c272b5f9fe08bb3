/**
 * JMH benchmarks and load harnesses: they print figures and are not tests. May use any FinNexus
 * module; nothing depends on this package.
 */
package io.finnexus.bench;
