package io.finnexus.app.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The generated time window, {@code days} days from {@code start} (UTC), and when in a day things
 * happen: card spend peaks at lunch and in the evening, transfers in office hours.
 */
final class Window {
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;

  private static final double[] CARD_HOURS =
      Rand.cumulative(
          0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.6, 1.2, 1.6, 1.8, 2.0, 2.4, 3.2, 2.8, 2.2, 2.2, 2.6, 3.4,
          4.2, 4.6, 4.2, 3.2, 1.8, 0.9);

  private final LocalDate startDate;
  private final long startMillis;
  private final int days;

  Window(LocalDate startDate, int days) {
    this.startDate = startDate;
    this.startMillis = startDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    this.days = days;
  }

  int days() {
    return days;
  }

  Instant at(int day, long millisOfDay) {
    return Instant.ofEpochMilli(startMillis + day * DAY + millisOfDay);
  }

  /** An instant {@code offsetMillis} after {@code base}. */
  static Instant after(Instant base, long offsetMillis) {
    return base.plus(Duration.ofMillis(offsetMillis));
  }

  DayOfWeek dayOfWeek(int day) {
    return startDate.plusDays(day).getDayOfWeek();
  }

  int dayOfMonth(int day) {
    return startDate.plusDays(day).getDayOfMonth();
  }

  /** How much busier card spend is on this day: weekends most, Friday a little. */
  double cardRhythm(int day) {
    return switch (dayOfWeek(day)) {
      case SATURDAY, SUNDAY -> 1.4;
      case FRIDAY -> 1.15;
      default -> 0.92;
    };
  }

  static long cardTimeOfDay(SplittableRandom rng) {
    return Rand.weighted(rng, CARD_HOURS) * HOUR + rng.nextLong(HOUR);
  }

  static long officeTimeOfDay(SplittableRandom rng) {
    return 8 * HOUR + rng.nextLong(10 * HOUR);
  }

  static long anyTimeOfDay(SplittableRandom rng) {
    return rng.nextLong(DAY);
  }
}
