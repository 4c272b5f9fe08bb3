package io.finnexus.flink.aml;

import io.finnexus.flink.event.TracedLeg;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.scoring.movement.Movement;
import java.time.Duration;
import java.time.Instant;

/** Test legs: readable constructors for the scoring core's {@link Movement}, untraced. */
final class Legs {
  static final long T0 = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
  static final long HOUR = Duration.ofHours(1).toMillis();
  static final long DAY = Duration.ofDays(1).toMillis();

  private Legs() {}

  static TracedLeg cashIn(String id, String account, long cents, long time) {
    return new TracedLeg(cashInLeg(id, account, cents, time), null);
  }

  static Movement cashInLeg(String id, String account, long cents, long time) {
    return new Movement(
        id,
        time,
        account,
        "C-" + account,
        true,
        "CASH",
        false,
        null,
        cents,
        "EUR",
        Channel.CASH,
        false);
  }

  static TracedLeg transferOut(String id, String from, String to, long cents, long time) {
    return new TracedLeg(
        new Movement(
            id,
            time,
            from,
            "C-" + from,
            false,
            to,
            true,
            "GB",
            cents,
            "EUR",
            Channel.INTERNAL,
            false),
        null);
  }
}
