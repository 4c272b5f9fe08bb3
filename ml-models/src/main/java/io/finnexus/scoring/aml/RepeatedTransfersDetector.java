package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.state.RecentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repeated transfers (split payments): at least {@code repeatedMinTransfers} outgoing non-cash
 * transfers of exactly the same amount (minor units) to the same counterparty within {@code
 * repeatedWindow}, i.e. one payment cut into identical instalments to one beneficiary. Cash and
 * card legs never count. Judged on the last {@value AmlAccountState#RING} outbound legs, so it
 * keeps no state of its own.
 *
 * <p>One alert per account, counterparty and amount per episode: the episode starts at the earliest
 * such transfer reachable from the current one by steps of at most {@code repeatedWindow}, so a
 * series that keeps going is one alert growing with each instalment. The counterparty is an
 * involved account when it is monitored.
 */
public final class RepeatedTransfersDetector implements AmlDetector {
  private final AmlThresholds t;

  public RepeatedTransfersDetector(AmlThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    if (m.inbound() || m.isCash() || m.isCard() || m.counterparty() == null) {
      return null;
    }
    LegRing ring = s.out;
    long key = RecentSet.key(m.counterparty());
    long amount = m.amountMinor();
    long window = t.repeatedWindow().toMillis();
    long from = m.time() - window;
    long[] times = new long[ring.size()];
    int same = 0;
    int inWindow = 0;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      int slot = ring.slot(i);
      if (ring.cash(slot)
          || ring.counterparty(slot) != key
          || ring.amount(slot) != amount
          || ring.time(slot) > m.time()) {
        continue;
      }
      times[same++] = ring.time(slot);
      if (ring.time(slot) >= from) {
        inWindow++;
        if (ring.id(slot) != null) {
          ids.add(ring.id(slot));
        }
      }
    }
    int min = Math.max(2, t.repeatedMinTransfers());
    if (inWindow < min) {
      return null;
    }
    long episode = episodeStart(times, same, window);
    long total = amount * inWindow;
    double risk = Legs.risk(0.6, inWindow / (double) min);
    String summary =
        inWindow
            + " transfers of "
            + Legs.money(amount)
            + " "
            + m.currency()
            + " to "
            + m.counterparty()
            + " within "
            + span(t.repeatedWindow().toMinutes());
    List<String> involved =
        m.counterpartyMonitored() && !m.counterparty().equals(m.account())
            ? List.of(m.account(), m.counterparty())
            : List.of(m.account());
    return new Finding(
        Typology.REPEATED_TRANSFERS,
        m.counterparty() + "|" + amount + "@" + episode,
        m.account(),
        m.customer(),
        m.time(),
        risk,
        involved,
        ids,
        total,
        m.currency(),
        summary,
        List.of(Typology.REPEATED_TRANSFERS.name()),
        List.of(
            feature("identical_transfers", inWindow, null, risk * 0.7),
            feature("identical_transfer_amount", amount / 100.0, null, risk * 0.1),
            feature("identical_transfers_total", total / 100.0, null, risk * 0.2)));
  }

  /** The earliest of {@code times[0, n)} reachable from the latest by gaps of at most window. */
  private static long episodeStart(long[] times, int n, long window) {
    Arrays.sort(times, 0, n);
    long start = times[n - 1];
    for (int k = n - 2; k >= 0 && start - times[k] <= window; k--) {
      start = times[k];
    }
    return start;
  }

  private static String span(long minutes) {
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }
}
