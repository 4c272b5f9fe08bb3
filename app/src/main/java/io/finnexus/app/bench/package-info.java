/** {@code finnexus bench}: benchmarks run from the CLI, each printing {@code BENCH …} lines. */
package io.finnexus.app.bench;
