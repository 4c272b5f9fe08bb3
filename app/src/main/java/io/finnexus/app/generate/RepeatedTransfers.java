package io.finnexus.app.generate;

import static io.finnexus.scoring.Typology.REPEATED_TRANSFERS;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Plants repeated transfers (split payments): 3–6 ACH or wire transfers of exactly the same amount
 * (200.00–2,000.00) from one claimed account to one new beneficiary at another bank, all within
 * 2–20 hours. Planted after the other typologies, from its own random stream, so adding it changed
 * none of them.
 */
final class RepeatedTransfers {
  private final Window window;
  private final Population population;
  private final Rows rows;

  RepeatedTransfers(Window window, Population population, Rows rows) {
    this.window = window;
    this.population = population;
    this.rows = rows;
  }

  void plant(int instances, SplittableRandom rng) {
    for (int i = 0; i < instances; i++) {
      Customer payer = population.claimAny();
      if (payer == null) {
        return;
      }
      Counterparty beneficiary =
          Counterparty.external("EXT-RT-" + i, "Beneficiary " + i, Rand.pick(rng, Countries.HOME));
      Channel channel = Rand.chance(rng, 0.5) ? Channel.ACH : Channel.WIRE;
      long cents = Rand.between(rng, 20_000L, 200_000L);
      long span = Rand.between(rng, 2, 20) * Window.HOUR;
      Instant start =
          window.at(rng.nextInt(Math.max(1, window.days() - 1)), Window.officeTimeOfDay(rng));
      for (int k = Rand.between(rng, 3, 6); k > 0; k--) {
        Transaction tx =
            rows.tx(
                payer,
                Window.after(start, rng.nextLong(span)),
                Direction.DEBIT,
                channel,
                cents,
                beneficiary);
        tx.setDeviceId(payer.deviceId());
        rows.add(tx, REPEATED_TRANSFERS);
      }
      rows.planted(REPEATED_TRANSFERS);
    }
  }
}
