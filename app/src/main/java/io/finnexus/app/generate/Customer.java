package io.finnexus.app.generate;

import java.util.SplittableRandom;

/**
 * One generated customer with one account, one card and one usual device, and the habits normal
 * traffic is drawn from.
 *
 * @param spendScale multiplies merchants' typical tickets (richer customers spend more)
 * @param cardsPerDay mean card payments on an ordinary weekday
 */
record Customer(
    int index,
    String accountId,
    String customerId,
    String cardId,
    String deviceId,
    boolean business,
    String country,
    int homeIndex,
    String currency,
    long monthlyIncomeCents,
    double spendScale,
    double cardsPerDay,
    int salaryDay,
    int employer) {

  static Customer draw(int index, long seed, String tag) {
    SplittableRandom rng = Rand.stream(seed, index);
    String number = pad(index);
    boolean business = Rand.chance(rng, 0.15);
    String country = Countries.home(rng);
    double income = business ? Rand.logNormal(rng, 40_000, 0.8) : Rand.logNormal(rng, 3_500, 0.5);
    double spendScale = Math.max(0.3, Math.min(4, Math.sqrt(income / (business ? 20_000 : 3_500))));
    return new Customer(
        index,
        "A" + tag + "-" + number,
        "C" + tag + "-" + number,
        "K" + tag + "-" + number,
        "D" + tag + "-" + number,
        business,
        country,
        Countries.homeIndex(country),
        Countries.currencyOf(country),
        Math.max(80_000, Math.round(income * 100)),
        spendScale,
        Rand.logNormal(rng, business ? 1.3 : 1.5, 0.4),
        Rand.between(rng, 1, 28),
        rng.nextInt(1_000));
  }

  /** A typical card ticket of this customer, in cents. */
  long typicalCardCents() {
    return Math.round(3_500 * spendScale);
  }

  static String pad(int index) {
    String digits = Integer.toString(index);
    return "000000".substring(Math.min(6, digits.length())) + digits;
  }
}
