package io.finnexus.app.generate;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.util.SplittableRandom;

/**
 * Everyday traffic of one customer over the window: salary or client income, monthly bills, card
 * spend with a daily and weekly rhythm, cash, and transfers to other customers. Unlabelled.
 */
final class NormalTraffic {
  private static final double ONLINE_SHARE = 0.15;
  private static final double FOREIGN_ONLINE_SHARE = 0.03;

  private final Window window;
  private final Merchants merchants;
  private final Population population;
  private final Rows rows;

  NormalTraffic(Window window, Merchants merchants, Population population, Rows rows) {
    this.window = window;
    this.merchants = merchants;
    this.population = population;
    this.rows = rows;
  }

  void generate(Customer c, SplittableRandom rng) {
    for (int day = 0; day < window.days(); day++) {
      if (c.business()) {
        businessFlows(c, day, rng);
      } else if (window.dayOfMonth(day) == c.salaryDay()) {
        salary(c, day, rng);
      }
      bills(c, day, rng);
      cardSpend(c, day, rng);
      cash(c, day, rng);
      if (Rand.chance(rng, 0.06)) {
        peerTransfer(c, day, rng);
      }
    }
  }

  private void salary(Customer c, int day, SplittableRandom rng) {
    long cents = Math.round(c.monthlyIncomeCents() * Rand.between(rng, 0.98, 1.02));
    Channel channel = c.country().equals("US") ? Channel.ACH : Channel.WIRE;
    Counterparty employer =
        Counterparty.external(
            "EMP-" + c.country() + "-" + c.employer(),
            "Employer " + c.employer() + " Ltd",
            c.country());
    Transaction tx =
        rows.tx(
            c,
            window.at(day, Window.officeTimeOfDay(rng)),
            Direction.CREDIT,
            channel,
            cents,
            employer);
    tx.setMemo("Salary");
    rows.add(tx, null);
  }

  private void businessFlows(Customer c, int day, SplittableRandom rng) {
    long typical = c.monthlyIncomeCents() / 18;
    for (int i = Rand.poisson(rng, 0.6); i > 0; i--) {
      int client = rng.nextInt(5_000);
      Counterparty payer =
          Counterparty.external(
              "EXT-" + c.country() + "-" + client, "Client " + client, c.country());
      long cents = Math.max(1_000, Math.round(Rand.logNormal(rng, typical, 0.5)));
      rows.add(
          rows.tx(
              c,
              window.at(day, Window.officeTimeOfDay(rng)),
              Direction.CREDIT,
              Rand.chance(rng, 0.5) ? Channel.ACH : Channel.WIRE,
              cents,
              payer),
          null);
    }
    for (int i = Rand.poisson(rng, 0.3); i > 0; i--) {
      int supplier = rng.nextInt(3_000);
      Counterparty payee =
          Counterparty.external(
              "SUP-" + c.country() + "-" + supplier, "Supplier " + supplier, c.country());
      long cents = Math.max(1_000, Math.round(Rand.logNormal(rng, typical, 0.6)));
      Transaction tx =
          rows.tx(
              c,
              window.at(day, Window.officeTimeOfDay(rng)),
              Direction.DEBIT,
              Channel.ACH,
              cents,
              payee);
      tx.setDeviceId(c.deviceId());
      rows.add(tx, null);
    }
  }

  private void bills(Customer c, int day, SplittableRandom rng) {
    int dom = window.dayOfMonth(day);
    if (dom == 2) {
      bill(c, day, rng, "RENT", Math.round(c.monthlyIncomeCents() * 0.3), 0.0);
    } else if (dom == 12) {
      bill(c, day, rng, "UTILITY", 6_000 + rng.nextLong(14_000), 0.1);
    } else if (dom == 18) {
      bill(c, day, rng, "PHONE", 2_000 + rng.nextLong(6_000), 0.0);
    }
  }

  private void bill(
      Customer c, int day, SplittableRandom rng, String kind, long cents, double vary) {
    long amount = Math.round(cents * (1 + vary * rng.nextGaussian()));
    int biller = c.employer() % 40;
    Counterparty payee =
        Counterparty.external(
            "BILL-" + kind + "-" + c.country() + "-" + biller,
            kind.charAt(0) + kind.substring(1).toLowerCase() + " Co " + biller,
            c.country());
    Transaction tx =
        rows.tx(
            c,
            window.at(day, Window.officeTimeOfDay(rng)),
            Direction.DEBIT,
            Channel.ACH,
            Math.max(500, amount),
            payee);
    tx.setMemo(kind.toLowerCase());
    rows.add(tx, null);
  }

  private void cardSpend(Customer c, int day, SplittableRandom rng) {
    int count = Rand.poisson(rng, c.cardsPerDay() * window.cardRhythm(day));
    for (int i = 0; i < count; i++) {
      boolean online = Rand.chance(rng, ONLINE_SHARE);
      Merchant m =
          online && Rand.chance(rng, FOREIGN_ONLINE_SHARE / ONLINE_SHARE)
              ? merchants.far(rng, rng.nextInt(Countries.FAR.length))
              : merchants.atHome(rng, c.homeIndex());
      long cents =
          Math.max(100, Math.round(Rand.logNormal(rng, m.medianCents() * c.spendScale(), 0.6)));
      rows.add(
          rows.card(
              c,
              window.at(day, Window.cardTimeOfDay(rng)),
              m,
              cents,
              online ? c.deviceId() : null,
              c.country()),
          null);
    }
  }

  private void cash(Customer c, int day, SplittableRandom rng) {
    if (Rand.chance(rng, 0.08)) {
      long cents = 2_000L * Rand.between(rng, 1, 20);
      rows.add(
          rows.tx(
              c,
              window.at(day, Window.cardTimeOfDay(rng)),
              Direction.DEBIT,
              Channel.CASH,
              cents,
              Counterparty.cash(c.country())),
          null);
    }
    if (c.business() && Rand.chance(rng, 0.05)) {
      long cents = Math.round(Rand.logNormal(rng, 120_000, 0.6));
      rows.add(
          rows.tx(
              c,
              window.at(day, Window.officeTimeOfDay(rng)),
              Direction.CREDIT,
              Channel.CASH,
              Math.max(2_000, cents),
              Counterparty.cash(c.country())),
          null);
    }
  }

  private void peerTransfer(Customer c, int day, SplittableRandom rng) {
    Customer to = population.peerOf(c, rng);
    if (to == null) {
      return;
    }
    long cents = Math.round(Rand.logNormal(rng, 6_000, 0.8));
    rows.internal(
        c,
        to,
        window.at(day, Window.anyTimeOfDay(rng)),
        Channel.INTERNAL,
        Math.max(500, cents),
        null);
  }
}
