package io.finnexus.scoring.aml;

import static io.finnexus.scoring.Tx.d;
import static io.finnexus.scoring.Tx.h;
import static io.finnexus.scoring.Tx.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.movement.LedgerMode;
import org.junit.jupiter.api.Test;

class CycleTrackerTest {

  @Test
  void money_going_round_four_accounts_is_one_cycle_alert() {
    var h =
        new AmlHarness()
            .run(
                transfer("A", "B", h(0), "10000"),
                transfer("B", "C", h(5), "9700"),
                transfer("C", "D", h(9), "9500"),
                transfer("D", "A", h(20), "9300"));
    var cycles = h.of(Typology.CYCLE);
    assertThat(h.alertIds(Typology.CYCLE)).hasSize(1);
    assertThat(cycles.get(0).involvedAccounts()).containsExactly("A", "B", "C", "D");
    assertThat(cycles.get(0).transactionIds()).hasSize(4);
  }

  @Test
  void hops_in_scrambled_time_order_still_close_the_loop() {
    var h =
        new AmlHarness()
            .run(
                transfer("C", "A", h(0), "500"),
                transfer("A", "B", h(30), "500"),
                transfer("B", "C", h(60), "500"));
    assertThat(h.alertIds(Typology.CYCLE)).hasSize(1);
  }

  @Test
  void every_rotation_of_a_loop_yields_the_same_alert_id() {
    var h =
        new AmlHarness()
            .run(
                transfer("A", "B", h(0), "500"),
                transfer("B", "C", h(1), "500"),
                transfer("C", "A", h(2), "500"),
                transfer("A", "B", h(3), "500"));
    assertThat(
            h.of(Typology.CYCLE).stream()
                .map(f -> AlertFactory.toAlert(f, "t").getAlertId())
                .distinct())
        .hasSize(1);
  }

  @Test
  void inconsistent_amounts_a_growing_hop_a_two_hop_loop_or_a_slow_loop_are_not_cycles() {
    var shrinking =
        new AmlHarness()
            .run(
                transfer("A", "B", h(0), "10000"),
                transfer("B", "C", h(1), "5000"),
                transfer("C", "A", h(2), "4900"));
    var growing =
        new AmlHarness()
            .run(
                transfer("A", "B", h(0), "10000"),
                transfer("B", "C", h(1), "10500"),
                transfer("C", "D", h(2), "10000"),
                transfer("D", "A", h(3), "10500"));
    var twoHops =
        new AmlHarness().run(transfer("A", "B", h(0), "800"), transfer("B", "A", h(1), "800"));
    var slow =
        new AmlHarness()
            .run(
                transfer("A", "B", d(0), "800"),
                transfer("B", "C", d(20), "800"),
                transfer("C", "A", d(40), "800"));
    assertThat(shrinking.of(Typology.CYCLE)).isEmpty();
    assertThat(growing.of(Typology.CYCLE)).isEmpty();
    assertThat(twoHops.of(Typology.CYCLE)).isEmpty();
    assertThat(slow.of(Typology.CYCLE)).isEmpty();
  }

  @Test
  void double_entry_loops_cite_both_legs_of_every_hop() {
    var h = new AmlHarness(AmlThresholds.defaults(), LedgerMode.DOUBLE_ENTRY);
    String[] ring = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
      String from = ring[i];
      String to = ring[(i + 1) % 3];
      h.run(
          io.finnexus.scoring.Tx.base(
                  to,
                  h(i),
                  io.finnexus.schemas.avro.Direction.CREDIT,
                  "700",
                  io.finnexus.schemas.avro.Channel.WIRE,
                  from)
              .setCounterpartyCustomerId("C" + from)
              .build());
      h.run(transfer(from, to, h(i), "700"));
    }
    assertThat(h.alertIds(Typology.CYCLE)).hasSize(1);
    assertThat(h.of(Typology.CYCLE).get(0).transactionIds()).hasSize(6);
  }
}
