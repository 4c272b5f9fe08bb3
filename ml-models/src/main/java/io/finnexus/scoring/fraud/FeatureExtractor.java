package io.finnexus.scoring.fraud;

import static io.finnexus.scoring.fraud.AccountProfile.DAY;
import static io.finnexus.scoring.fraud.AccountProfile.HOUR;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.state.RecentSet;

/**
 * The one code path that turns (transaction, profile) into {@link FeatureSchema} features, for
 * scoring and for training alike, then lets the profile learn the transaction. Pure arithmetic over
 * the bounded profile; the only allocation is the returned array.
 */
public final class FeatureExtractor {
  private final FraudThresholds thresholds;

  public FeatureExtractor(FraudThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** Features of {@code tx} as of just before it; does not change the profile. */
  public FeatureVector extract(Transaction tx, AccountProfile p) {
    long now = tx.getEventTime().toEpochMilli();
    long amount = Movement.minor(tx.getAmount());
    boolean card = tx.getChannel() == Channel.CARD;
    double[] f = new double[FeatureSchema.SIZE];
    f[0] = amount / 100.0;
    AmountHistory hist = card ? p.cardAmounts : p.otherDebits;
    f[1] = hist.zScore(amount);
    long median = hist.median();
    f[2] = median > 0 ? amount / (double) median : 0;
    f[3] = p.minutes.count(now, 1);
    f[4] = p.minutes.count(now, 60);
    f[5] = p.hours.count(now, 24);
    f[6] = p.days.count(now, 7);
    f[7] = p.days.count(now, 30);
    f[8] = p.minutes.sum(now, 60) / 100.0;
    f[9] = p.hours.sum(now, 24) / 100.0;
    f[10] = p.days.sum(now, 7) / 100.0;
    f[11] = p.days.sum(now, 30) / 100.0;
    f[12] = p.merchants.countSince(now - DAY);
    f[13] = p.merchants.countSince(now - 30 * DAY);
    f[14] = p.countries.countSince(now - 30 * DAY);
    f[15] = p.counterparties.countSince(now - 30 * DAY);
    f[16] = p.lastTime == Long.MIN_VALUE ? -1 : (now - p.lastTime) / 1000.0;
    long out = p.daysOut.sum(now, 30);
    f[17] = out == 0 ? 0 : p.daysIn.sum(now, 30) / (double) out;
    f[18] = p.lastTime == Long.MIN_VALUE ? 0 : Math.max(0, (now - p.lastTime) / (double) DAY);
    String device = str(tx.getDeviceId());
    // new only against an established device history: a first-ever device is not a takeover sign
    f[19] =
        device != null && p.devices.size() > 0 && !p.devices.contains(RecentSet.key(device))
            ? 1
            : 0;
    f[20] = p.counterparties.contains(RecentSet.key(tx.getCounterpartyAccountId())) ? 0 : 1;
    String where = str(tx.getLocationCountry());
    f[21] = where != null && !p.countries.contains(RecentSet.key(where)) ? 1 : 0;
    f[22] = card ? 1 : 0;
    f[23] = tx.getDirection() == Direction.DEBIT ? 1 : 0;
    f[24] = probesSince(p, now - thresholds.cardTestingWindow().toMillis());
    f[25] = card ? speedFromLastCard(p, where, now) : 0;
    f[26] = p.history;
    return new FeatureVector(f);
  }

  /** The profile absorbs {@code tx} (after scoring). */
  public void learn(Transaction tx, AccountProfile p) {
    long now = tx.getEventTime().toEpochMilli();
    long amount = Movement.minor(tx.getAmount());
    boolean debit = tx.getDirection() == Direction.DEBIT;
    p.minutes.add(now, amount);
    p.hours.add(now, amount);
    p.days.add(now, amount);
    (debit ? p.daysOut : p.daysIn).add(now, amount);
    String where = str(tx.getLocationCountry());
    if (tx.getChannel() == Channel.CARD) {
      p.cardAmounts.add(amount);
      long merchant =
          RecentSet.key(
              tx.getMerchantId() != null ? tx.getMerchantId() : tx.getCounterpartyAccountId());
      p.merchants.touch(merchant, now);
      if (amount < thresholds.smallAuthMinor()) {
        p.probeTimes[p.probeNext] = now;
        p.probeMerchants[p.probeNext] = merchant;
        p.probeIds[p.probeNext] = str(tx.getTransactionId());
        p.probeNext = (p.probeNext + 1) % AccountProfile.PROBES;
      }
      if (where != null) {
        p.lastCardTime = now;
        p.lastCardCountry = CountryCentroids.code(where);
      }
    } else if (debit) {
      p.otherDebits.add(amount);
    }
    if (where != null) {
      p.countries.touch(RecentSet.key(where), now);
    }
    if (tx.getDeviceId() != null) {
      p.devices.touch(RecentSet.key(tx.getDeviceId()), now);
    }
    p.counterparties.touch(RecentSet.key(tx.getCounterpartyAccountId()), now);
    p.lastTime = Math.max(p.lastTime, now);
    p.history++;
  }

  static int probesSince(AccountProfile p, long since) {
    int n = 0;
    for (long t : p.probeTimes) {
      if (t != Long.MIN_VALUE && t >= since) {
        n++;
      }
    }
    return n;
  }

  private double speedFromLastCard(AccountProfile p, String where, long now) {
    String last = CountryCentroids.country(p.lastCardCountry);
    if (where == null || last == null || last.equals(where) || p.lastCardTime == Long.MIN_VALUE) {
      return 0;
    }
    double km = CountryCentroids.km(last, where);
    double hours = Math.max(now - p.lastCardTime, MINUTE_FLOOR) / (double) HOUR;
    return km < 0 ? 0 : Math.max(0, km - thresholds.travelSlackKm()) / hours;
  }

  private static final long MINUTE_FLOOR = 60_000L;

  static String str(CharSequence s) {
    return s == null ? null : s.toString();
  }
}
