package io.finnexus.schemas.validation;

import io.finnexus.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Builds the Avro {@link DeadLetter} for a {@link Rejection}, so the DLQ topic and the dead letter
 * table carry the same reason code, field, detail and untouched raw bytes.
 */
public final class DeadLetters {

  private DeadLetters() {}

  /**
   * The {@code source} of a record read from Kafka, {@code topic-partition@offset}: the one format
   * every dead letter uses (and the archive keys its idempotence on).
   */
  public static String source(String topic, int partition, long offset) {
    return topic + "-" + partition + "@" + offset;
  }

  /**
   * The dead letter of {@code rejection}.
   *
   * @param source where the input came from: {@code topic-partition@offset} or {@code file:line}
   * @param rawKey the input's Kafka key as received, or null
   * @param clock gives {@code rejected_at}, truncated to milliseconds (the wire precision)
   */
  public static DeadLetter of(Rejection rejection, String source, byte[] rawKey, Clock clock) {
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(clock, "clock");
    return DeadLetter.newBuilder()
        .setReasonCode(rejection.reasonCode().name())
        .setField(rejection.field())
        .setDetail(rejection.detail())
        .setRawKey(rawKey == null ? null : ByteBuffer.wrap(rawKey.clone()))
        .setRawValue(ByteBuffer.wrap(rejection.rawBytes()))
        .setSource(source == null || source.isBlank() ? "unknown" : source)
        .setRejectedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .build();
  }
}
