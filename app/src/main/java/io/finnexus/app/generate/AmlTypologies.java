package io.finnexus.app.generate;

import static io.finnexus.scoring.Typology.CYCLE;
import static io.finnexus.scoring.Typology.FAN_IN;
import static io.finnexus.scoring.Typology.FAN_OUT;
import static io.finnexus.scoring.Typology.HIGH_RISK_JURISDICTION;
import static io.finnexus.scoring.Typology.RAPID_MOVEMENT;
import static io.finnexus.scoring.Typology.STRUCTURING;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.Typology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the money-laundering typologies over days, each on accounts claimed for it alone; every
 * planted row is labelled {@code label_aml} with its typology. Dormant reactivation lives in {@link
 * DormantReactivation}, repeated transfers in {@link RepeatedTransfers}.
 */
final class AmlTypologies {
  private final Window window;
  private final Population population;
  private final Rows rows;

  AmlTypologies(Window window, Population population, Rows rows) {
    this.window = window;
    this.population = population;
    this.rows = rows;
  }

  void plant(int instances, SplittableRandom rng) {
    for (int i = 0; i < instances; i++) {
      structuring(claim(), rng);
      rapidMovement(claim(), i, rng);
      fan(claim(), i, Direction.CREDIT, rng);
      fan(claim(), i, Direction.DEBIT, rng);
      cycle(rng);
      highRisk(claim(), i, rng);
    }
  }

  private Customer claim() {
    return population.claim(c -> true);
  }

  /** 3–6 cash deposits of 8,500–9,900 within 1–5 days: each under the 10,000 reporting line. */
  private void structuring(Customer c, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    long span = Rand.between(rng, 1, 5) * Window.DAY;
    Instant start = window.at(startDay(rng, 5), Window.officeTimeOfDay(rng));
    for (int k = Rand.between(rng, 3, 6); k > 0; k--) {
      long cents = Rand.between(rng, 850_000L, 990_000L);
      rows.add(
          rows.tx(
              c,
              Window.after(start, rng.nextLong(span)),
              Direction.CREDIT,
              Channel.CASH,
              cents,
              Counterparty.cash(c.country())),
          STRUCTURING);
    }
    rows.planted(STRUCTURING);
  }

  /** A large inflow, 90–99% of which leaves to 1–3 payees within 24–72 hours. */
  private void rapidMovement(Customer c, int instance, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    long inflow = Rand.between(rng, 2_000_000L, 20_000_000L);
    Instant start = window.at(startDay(rng, 3), Window.officeTimeOfDay(rng));
    Counterparty payer =
        Counterparty.external(
            "EXT-RM-" + instance, "Holding " + instance, Rand.pick(rng, Countries.HOME));
    rows.add(rows.tx(c, start, Direction.CREDIT, Channel.WIRE, inflow, payer), RAPID_MOVEMENT);
    int payees = Rand.between(rng, 1, 3);
    long remaining = Math.round(inflow * Rand.between(rng, 0.90, 0.99));
    long within = Rand.between(rng, 24, 72) * Window.HOUR;
    for (int p = 0; p < payees; p++) {
      long cents = p == payees - 1 ? remaining : remaining / (payees - p) + rng.nextLong(1_000);
      remaining -= cents;
      Counterparty payee =
          Counterparty.external(
              "EXT-RM-" + instance + "-" + p,
              "Trading " + instance + "-" + p,
              Rand.pick(rng, Countries.HOME));
      Transaction tx =
          rows.tx(
              c,
              Window.after(start, Rand.between(rng, Window.HOUR, within)),
              Direction.DEBIT,
              Channel.WIRE,
              cents,
              payee);
      tx.setDeviceId(c.deviceId());
      rows.add(tx, RAPID_MOVEMENT);
    }
    rows.planted(RAPID_MOVEMENT);
  }

  /**
   * 10–25 distinct senders into (CREDIT: fan-in) or recipients from (DEBIT: fan-out) one account.
   */
  private void fan(Customer c, int instance, Direction direction, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    Typology typology = direction == Direction.CREDIT ? FAN_IN : FAN_OUT;
    String prefix = (direction == Direction.CREDIT ? "EXT-FI-" : "EXT-FO-") + instance + "-";
    long span = Rand.between(rng, 1, 4) * Window.DAY;
    Instant start = window.at(startDay(rng, 4), Window.officeTimeOfDay(rng));
    for (int k = Rand.between(rng, 10, 25) - 1; k >= 0; k--) {
      Counterparty other = Counterparty.external(prefix + k, "Person " + prefix + k, c.country());
      Transaction tx =
          rows.tx(
              c,
              Window.after(start, rng.nextLong(span)),
              direction,
              Rand.chance(rng, 0.5) ? Channel.ACH : Channel.WIRE,
              Rand.between(rng, 50_000L, 300_000L),
              other);
      if (direction == Direction.DEBIT) {
        tx.setDeviceId(c.deviceId());
      }
      rows.add(tx, typology);
    }
    rows.planted(typology);
  }

  /** A→B→…→A over 3–8 generated accounts within days, each hop 90–100% of the previous. */
  private void cycle(SplittableRandom rng) {
    Customer first = claim();
    if (first == null) {
      return;
    }
    List<Customer> members = new ArrayList<>(List.of(first));
    for (int hops = Rand.between(rng, 3, 8); members.size() < hops; ) {
      Customer next = population.claim(c -> c.currency().equals(first.currency()));
      if (next == null) {
        break;
      }
      members.add(next);
    }
    if (members.size() < 3) {
      return;
    }
    long cents = Rand.between(rng, 1_000_000L, 10_000_000L);
    Instant time = window.at(startDay(rng, 4), Window.officeTimeOfDay(rng));
    for (int i = 0; i < members.size(); i++) {
      Customer to = members.get((i + 1) % members.size());
      rows.internal(members.get(i), to, time, Channel.WIRE, cents, CYCLE);
      cents = Math.round(cents * Rand.between(rng, 0.90, 1.0));
      time = Window.after(time, Rand.between(rng, Window.HOUR, 12 * Window.HOUR));
    }
    rows.planted(CYCLE);
  }

  /** 1–3 wires to or from a FATF black- or grey-listed country. */
  private void highRisk(Customer c, int instance, SplittableRandom rng) {
    if (c == null) {
      return;
    }
    Instant start = window.at(startDay(rng, 3), Window.officeTimeOfDay(rng));
    for (int k = Rand.between(rng, 1, 3); k > 0; k--) {
      String country =
          Rand.pick(rng, Rand.chance(rng, 0.5) ? Countries.FATF_BLACK : Countries.FATF_GREY);
      Direction direction = Rand.chance(rng, 0.5) ? Direction.DEBIT : Direction.CREDIT;
      Counterparty other =
          Counterparty.external(
              "EXT-HR-" + country + "-" + instance + "-" + k, "Trading House " + instance, country);
      Transaction tx =
          rows.tx(
              c,
              Window.after(start, rng.nextLong(3 * Window.DAY)),
              direction,
              Channel.WIRE,
              Rand.between(rng, 500_000L, 8_000_000L),
              other);
      if (direction == Direction.DEBIT) {
        tx.setDeviceId(c.deviceId());
      }
      rows.add(tx, HIGH_RISK_JURISDICTION);
    }
    rows.planted(HIGH_RISK_JURISDICTION);
  }

  /** A day on which a pattern lasting {@code spanDays} still ends inside the window if it can. */
  private int startDay(SplittableRandom rng, int spanDays) {
    return rng.nextInt(Math.max(1, window.days() - spanDays));
  }
}
