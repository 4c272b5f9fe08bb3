package io.finnexus.flink.aml;

import io.finnexus.flink.trace.TraceRing;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;

/**
 * An account's {@link TraceRing} in a keyed {@link ValueState} of its own, beside (not inside) the
 * account's AML state: a savepoint taken before the ring existed restores as is (the new state
 * starts empty), and an untraced job never reads or writes it. Same TTL backstop as the AML state;
 * the account monitor clears it with the AML state when the account's retention timer fires.
 */
final class TraceRingState implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Duration ttl;
  private transient ValueState<byte[]> state;

  TraceRingState(String name, Duration ttl) {
    this.name = name;
    this.ttl = ttl;
  }

  void open(RuntimeContext context) {
    ValueStateDescriptor<byte[]> descriptor =
        new ValueStateDescriptor<>(name, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    descriptor.enableTimeToLive(AmlStateHandle.ttlConfig(ttl));
    state = context.getState(descriptor);
  }

  TraceRing load() {
    try {
      return TraceRing.fromBytes(state.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void save(TraceRing ring) {
    try {
      state.update(ring.toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void clear() {
    state.clear();
  }
}
