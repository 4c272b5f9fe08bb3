package io.finnexus.models.anomaly;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Summarises each customer's activity in fixed event-time windows (default 7 days) into one vector:
 * volume, amounts, breadth of counterparties and countries, channel mix, night-time share. A window
 * is positive when any of its transactions carries the label. The row's event time is the window's
 * end, so a time split never trains on a window that closes after the cut-off.
 */
public final class BehaviourVectors {
  public static final String SCHEMA_VERSION = "models-behaviour-1";
  public static final List<String> NAMES =
      List.of(
          "log_count",
          "log_debit_sum",
          "log_credit_sum",
          "mean_log_amount",
          "max_log_amount",
          "distinct_counterparties",
          "distinct_countries",
          "share_card",
          "share_cash",
          "share_wire",
          "share_crypto",
          "share_night",
          "share_foreign",
          "distinct_devices");

  private BehaviourVectors() {}

  public static FeatureTable table(
      List<LabelledTransaction> transactions,
      Predicate<LabelledTransaction> label,
      int windowDays) {
    long window = windowDays * 86_400_000L;
    Map<String, Window> windows = new HashMap<>();
    for (LabelledTransaction lt : transactions) {
      Transaction t = lt.transaction();
      long index = Math.floorDiv(t.getEventTime().toEpochMilli(), window);
      windows
          .computeIfAbsent(t.getCustomerId() + "|" + index, k -> new Window((index + 1) * window))
          .add(t, label.test(lt));
    }
    List<LabelledRow> rows = new ArrayList<>(windows.size());
    windows.forEach((key, w) -> rows.add(new LabelledRow(key, w.end - 1, w.vector(), w.positive)));
    return new FeatureTable(NAMES, SCHEMA_VERSION, rows);
  }

  private static final class Window {
    final long end;
    final Set<String> counterparties = new HashSet<>();
    final Set<String> countries = new HashSet<>();
    final Set<String> devices = new HashSet<>();
    final Map<String, Integer> countryCounts = new HashMap<>();
    long count;
    long card;
    long cash;
    long wire;
    long crypto;
    long night;
    double debit;
    double credit;
    double sumLog;
    double maxLog;
    boolean positive;

    Window(long end) {
      this.end = end;
    }

    void add(Transaction t, boolean label) {
      double amount = t.getAmount().doubleValue();
      count++;
      if (t.getDirection() == Direction.DEBIT) {
        debit += amount;
      } else {
        credit += amount;
      }
      sumLog += Math.log1p(amount);
      maxLog = Math.max(maxLog, Math.log1p(amount));
      counterparties.add(t.getCounterpartyAccountId());
      String country =
          t.getLocationCountry() != null ? t.getLocationCountry() : t.getCounterpartyCountry();
      if (country != null) {
        countries.add(country);
        countryCounts.merge(country, 1, Integer::sum);
      }
      if (t.getDeviceId() != null) {
        devices.add(t.getDeviceId());
      }
      Channel c = t.getChannel();
      card += c == Channel.CARD ? 1 : 0;
      cash += c == Channel.CASH ? 1 : 0;
      wire += c == Channel.WIRE ? 1 : 0;
      crypto += c == Channel.CRYPTO ? 1 : 0;
      long hour = (t.getEventTime().toEpochMilli() / 3600_000L) % 24;
      night += hour < 6 ? 1 : 0;
      positive |= label;
    }

    double[] vector() {
      int top = countryCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      double n = count;
      return new double[] {
        Math.log1p(count),
        Math.log1p(debit),
        Math.log1p(credit),
        sumLog / n,
        maxLog,
        counterparties.size(),
        countries.size(),
        card / n,
        cash / n,
        wire / n,
        crypto / n,
        night / n,
        countryCounts.isEmpty() ? 0 : (n - top) / n,
        devices.size()
      };
    }
  }
}
