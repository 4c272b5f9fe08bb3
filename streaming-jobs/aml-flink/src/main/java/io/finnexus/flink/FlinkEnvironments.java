package io.finnexus.flink;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink configuration the job runs with: exactly-once checkpoints every {@code
 * checkpoint-interval} to {@code checkpoint-dir} (retained on cancellation, so a stopped job can be
 * restarted from its last checkpoint), incremental RocksDB state, savepoints to {@code
 * savepoint-dir}, generic (Kryo) types forbidden, and optionally a savepoint to start from.
 */
public final class FlinkEnvironments {
  private FlinkEnvironments() {}

  public static Configuration configuration(JobSettings s) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, s.checkpointInterval());
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, s.checkpointDir());
    conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, s.savepointDir());
    conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(StateBackendOptions.STATE_BACKEND, s.stateBackend());
    // Most lookups of a new account miss: bloom filters answer those without reading SST files.
    conf.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(PipelineOptions.OBJECT_REUSE, true);
    if (s.fromSavepoint() != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, s.fromSavepoint());
    }
    return conf;
  }

  /**
   * An in-process MiniCluster for {@code --local} (embedded mode, the benchmark), otherwise the
   * environment of the cluster the jar was submitted to.
   */
  public static StreamExecutionEnvironment create(JobSettings s) {
    Configuration conf = configuration(s);
    StreamExecutionEnvironment env =
        s.local()
            ? StreamExecutionEnvironment.createLocalEnvironment(s.parallelism(), conf)
            : StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(s.parallelism());
    return env;
  }
}
