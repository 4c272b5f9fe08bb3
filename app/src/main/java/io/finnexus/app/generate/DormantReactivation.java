package io.finnexus.app.generate;

import static io.finnexus.scoring.Typology.DORMANT_REACTIVATION;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Plants dormant-account reactivation: the account's only earlier movement is one ordinary,
 * unlabelled payment 100–400 days before the window (so the dormancy is visible in the file), then
 * a sudden burst inside the window: a large inflow and 2–5 large outgoing wires within two days,
 * all labelled. The account gets no normal traffic.
 */
final class DormantReactivation {
  private final Window window;
  private final Population population;
  private final Rows rows;

  DormantReactivation(Window window, Population population, Rows rows) {
    this.window = window;
    this.population = population;
    this.rows = rows;
  }

  void plant(int instances, SplittableRandom rng) {
    for (int i = 0; i < instances; i++) {
      Customer c = population.claimAny();
      if (c == null) {
        return;
      }
      population.markDormant(c);
      lastOldActivity(c, rng);
      burst(c, i, rng);
      rows.planted(DORMANT_REACTIVATION);
    }
  }

  private void lastOldActivity(Customer c, SplittableRandom rng) {
    int daysBefore = Rand.between(rng, 100, 400);
    Counterparty payee =
        Counterparty.external(
            "BILL-PHONE-" + c.country() + "-" + c.employer() % 40, "Phone Co", c.country());
    Transaction old =
        rows.tx(
            c,
            window.at(-daysBefore, Window.officeTimeOfDay(rng)),
            Direction.DEBIT,
            Channel.ACH,
            Rand.between(rng, 2_000L, 8_000L),
            payee);
    rows.add(old, null);
  }

  private void burst(Customer c, int instance, SplittableRandom rng) {
    int day = rng.nextInt(Math.max(1, window.days() - 2));
    Instant start = window.at(day, Window.officeTimeOfDay(rng));
    long inflow = Rand.between(rng, 3_000_000L, 15_000_000L);
    Counterparty payer =
        Counterparty.external(
            "EXT-DR-" + instance, "Investments " + instance, Rand.pick(rng, Countries.HOME));
    rows.add(
        rows.tx(c, start, Direction.CREDIT, Channel.WIRE, inflow, payer), DORMANT_REACTIVATION);
    int outs = Rand.between(rng, 2, 5);
    for (int k = 0; k < outs; k++) {
      Counterparty payee =
          Counterparty.external(
              "EXT-DR-" + instance + "-" + k,
              "Beneficiary " + instance + "-" + k,
              Rand.pick(rng, Countries.HOME));
      Transaction tx =
          rows.tx(
              c,
              Window.after(start, Rand.between(rng, Window.HOUR, 2 * Window.DAY)),
              Direction.DEBIT,
              Channel.WIRE,
              inflow * 95 / 100 / outs - rng.nextLong(50_000),
              payee);
      tx.setDeviceId(c.deviceId());
      rows.add(tx, DORMANT_REACTIVATION);
    }
  }
}
