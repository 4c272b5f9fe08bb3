package io.finnexus.scoring.aml;

import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small helpers detectors share to cite ring legs and build findings. */
final class Legs {
  private Legs() {}

  /** Ids of ring legs with time in [from, to] matching {@code filter}; adds amounts to total[0]. */
  static List<String> cite(LegRing ring, long from, long to, SlotFilter filter, long[] total) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      int s = ring.slot(i);
      if (ring.time(s) >= from && ring.time(s) <= to && filter.test(s) && ring.id(s) != null) {
        ids.add(ring.id(s));
        total[0] += ring.amount(s);
      }
    }
    return ids;
  }

  @FunctionalInterface
  interface SlotFilter {
    boolean test(int slot);
  }

  static String money(long minor) {
    return Movement.major(minor).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static BigDecimal major(long minor) {
    return Movement.major(minor);
  }

  /** Risk grows from {@code base} towards 1 as {@code strength} (≥1 at the threshold) grows. */
  static double risk(double base, double strength) {
    double excess = Math.max(0, Math.min(1, (strength - 1) / 2));
    return Math.min(1, base + (1 - base) * excess * 0.5);
  }

  static Finding finding(
      Movement m,
      AmlAccountState s,
      io.finnexus.scoring.Typology typology,
      long episodeStart,
      double risk,
      List<String> ids,
      long total,
      String summary,
      List<io.finnexus.schemas.avro.FeatureEvidence> evidence) {
    return new Finding(
        typology,
        Long.toString(episodeStart),
        m.account(),
        m.customer(),
        m.time(),
        risk,
        List.of(m.account()),
        ids,
        total,
        m.currency(),
        summary,
        List.of(typology.name()),
        evidence);
  }
}
