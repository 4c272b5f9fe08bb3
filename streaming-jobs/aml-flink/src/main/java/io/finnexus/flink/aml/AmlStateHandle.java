package io.finnexus.flink.aml;

import io.finnexus.scoring.aml.AmlAccountState;
import io.finnexus.scoring.state.AccountStateStore;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.TimerService;

/**
 * The scoring core's {@link AccountStateStore} over one Flink keyed {@link ValueState}: the
 * account's {@link AmlAccountState} in its own versioned binary codec (compact, evolvable, no
 * Kryo), prefixed by the key's expiry time. The key is the operator's current key, so {@code
 * load}/{@code save} ignore their argument; call {@link #load} before {@link #touch} and {@link
 * #save} for the same key.
 *
 * <p>Why an expiry: personal data (counterparty ids, transaction ids) must not outlive its purpose.
 * A key is cleared {@code retention} after its last movement in event time by one event-time timer,
 * rounded up to a day, so a busy account moves its timer at most once a day and a cleared key
 * leaves neither state nor timers. A processing-time TTL backs it up if event time stalls. Keeping
 * the expiry in the same value costs no extra state access per event.
 */
final class AmlStateHandle implements AccountStateStore<AmlAccountState>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long NONE = Long.MIN_VALUE;

  private final String name;
  private final Duration retention;
  private final Duration ttl;
  private transient ValueState<byte[]> state;
  private transient long expiry;

  AmlStateHandle(String name, Duration retention, Duration ttl) {
    this.name = name;
    this.retention = retention;
    this.ttl = ttl;
  }

  void open(RuntimeContext context) {
    ValueStateDescriptor<byte[]> descriptor =
        new ValueStateDescriptor<>(name, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    descriptor.enableTimeToLive(ttlConfig(ttl));
    state = context.getState(descriptor);
  }

  /** The processing-time TTL backstop of the job's keyed state. */
  static StateTtlConfig ttlConfig(Duration ttl) {
    return StateTtlConfig.newBuilder(ttl)
        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
        .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
        // The event-time timer does the regular clean-up; TTL is the backstop, cleaned in
        // RocksDB compactions and full snapshots, not on every access.
        .disableCleanupInBackground()
        .cleanupFullSnapshot()
        .cleanupInRocksdbCompactFilter(1000)
        .build();
  }

  @Override
  public AmlAccountState load(String key) {
    byte[] bytes = read();
    if (bytes == null) {
      expiry = NONE;
      return new AmlAccountState();
    }
    expiry = ByteBuffer.wrap(bytes).getLong();
    return AmlAccountState.fromBytes(Arrays.copyOfRange(bytes, Long.BYTES, bytes.length));
  }

  /** Moves the loaded key's expiry to a retention period after {@code eventTime}, never back. */
  void touch(long eventTime, TimerService timers) {
    long due = Math.floorDiv(eventTime + retention.toMillis() + DAY - 1, DAY) * DAY;
    if (due <= expiry) {
      return;
    }
    if (expiry != NONE) {
      timers.deleteEventTimeTimer(expiry);
    }
    timers.registerEventTimeTimer(due);
    expiry = due;
  }

  @Override
  public void save(String key, AmlAccountState value) {
    byte[] body = value.toBytes();
    try {
      state.update(ByteBuffer.allocate(Long.BYTES + body.length).putLong(expiry).put(body).array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clears the current key if the timer firing at {@code timestamp} is its expiry. */
  boolean clearIfDue(long timestamp) {
    byte[] bytes = read();
    if (bytes != null && timestamp >= ByteBuffer.wrap(bytes).getLong()) {
      state.clear();
      return true;
    }
    return false;
  }

  private byte[] read() {
    try {
      return state.value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
