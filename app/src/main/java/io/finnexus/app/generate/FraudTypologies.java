package io.finnexus.app.generate;

import static io.finnexus.scoring.Typology.ACCOUNT_TAKEOVER;
import static io.finnexus.scoring.Typology.AMOUNT_SPIKE;
import static io.finnexus.scoring.Typology.CARD_TESTING;
import static io.finnexus.scoring.Typology.IMPOSSIBLE_TRAVEL;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants card and account fraud on claimed customers who otherwise keep their normal traffic, in
 * the second half of the window where possible so there is history to deviate from. Only the
 * fraudulent rows are labelled ({@code label_fraud}); for impossible travel that is the second,
 * far-away card use, not the genuine one before it.
 */
final class FraudTypologies {
  private final Window window;
  private final Population population;
  private final Merchants merchants;
  private final Rows rows;
  private final String tag;

  FraudTypologies(
      Window window, Population population, Merchants merchants, Rows rows, String tag) {
    this.window = window;
    this.population = population;
    this.merchants = merchants;
    this.rows = rows;
    this.tag = tag;
  }

  void plant(int instances, SplittableRandom rng) {
    for (int i = 0; i < instances; i++) {
      cardTesting(population.claimAny(), i, rng);
      accountTakeover(population.claimAny(), i, rng);
      impossibleTravel(population.claimAny(), rng);
      amountSpike(population.claimAny(), rng);
    }
  }

  /** 5–12 authorisations under 5.00 at distinct merchants, seconds apart, from a foreign device. */
  private void cardTesting(Customer c, int instance, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    int far = rng.nextInt(Countries.FAR.length);
    String device = "DX" + tag + "-CT" + instance;
    Instant time = laterMoment(rng);
    Set<String> used = new HashSet<>();
    for (int k = Rand.between(rng, 5, 12); k > 0; ) {
      Merchant m = merchants.far(rng, far);
      if (!used.add(m.id())) {
        continue;
      }
      rows.add(
          rows.card(c, time, m, Rand.between(rng, 50L, 499L), device, Countries.FAR[far]),
          CARD_TESTING);
      time = Window.after(time, Rand.between(rng, 5_000L, 90_000L));
      k--;
    }
    rows.planted(CARD_TESTING);
  }

  /** From a never-seen device, 1–2 wires of 1.5–4 months' income to a new foreign payee. */
  private void accountTakeover(Customer c, int instance, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    String device = "DX" + tag + "-ATO" + instance;
    String country = Rand.pick(rng, Countries.FAR);
    Counterparty mule =
        Counterparty.external("EXT-ATO-" + instance, "Beneficiary " + instance, country);
    Instant time = laterMoment(rng);
    for (int k = Rand.between(rng, 1, 2); k > 0; k--) {
      long cents = Math.round(c.monthlyIncomeCents() * Rand.between(rng, 1.5, 4.0));
      Transaction tx = rows.tx(c, time, Direction.DEBIT, Channel.WIRE, cents, mule);
      tx.setDeviceId(device);
      tx.setLocationCountry(Rand.chance(rng, 0.5) ? country : c.country());
      rows.add(tx, ACCOUNT_TAKEOVER);
      time = Window.after(time, Rand.between(rng, Window.MINUTE, Window.HOUR));
    }
    rows.planted(ACCOUNT_TAKEOVER);
  }

  /** A genuine card use at home, then the same card in a far country 5–55 minutes later. */
  private void impossibleTravel(Customer c, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    Instant time = laterMoment(rng);
    Merchant local = merchants.atHome(rng, c.homeIndex());
    long localCents = Math.max(100, Math.round(local.medianCents() * c.spendScale()));
    rows.add(rows.card(c, time, local, localCents, null, c.country()), null);
    int far = rng.nextInt(Countries.FAR.length);
    Merchant abroad = merchants.far(rng, far);
    long cents = Math.round(Rand.logNormal(rng, abroad.medianCents() * 2.0, 0.5));
    Instant later = Window.after(time, Rand.between(rng, 5 * Window.MINUTE, 55 * Window.MINUTE));
    rows.add(
        rows.card(c, later, abroad, Math.max(500, cents), null, Countries.FAR[far]),
        IMPOSSIBLE_TRAVEL);
    rows.planted(IMPOSSIBLE_TRAVEL);
  }

  /** One card payment of 30–60× the customer's typical ticket, from the usual device. */
  private void amountSpike(Customer c, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    String category = Rand.chance(rng, 0.5) ? Merchants.ELECTRONICS : Merchants.JEWELRY;
    Merchant m = merchants.ofCategory(rng, c.homeIndex(), category, tag);
    long cents = Math.round(c.typicalCardCents() * Rand.between(rng, 30.0, 60.0));
    rows.add(rows.card(c, laterMoment(rng), m, cents, c.deviceId(), c.country()), AMOUNT_SPIKE);
    rows.planted(AMOUNT_SPIKE);
  }

  /** A moment in the second half of the window, at a card-spend time of day. */
  private Instant laterMoment(SplittableRandom rng) {
    int half = window.days() / 2;
    int day = half + rng.nextInt(Math.max(1, window.days() - half));
    return window.at(day, Window.cardTimeOfDay(rng));
  }
}
