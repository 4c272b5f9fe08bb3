/**
 * The job's benchmark (run from the job jar, never a test) and the seeded synthetic traffic it and
 * the integration tests use. May import Flink's runtime (MiniCluster) and the job; nothing imports
 * this package except tests.
 */
package io.finnexus.flink.bench;
