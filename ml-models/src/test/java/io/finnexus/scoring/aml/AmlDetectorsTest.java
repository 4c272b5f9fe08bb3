package io.finnexus.scoring.aml;

import static io.finnexus.scoring.Tx.credit;
import static io.finnexus.scoring.Tx.d;
import static io.finnexus.scoring.Tx.debit;
import static io.finnexus.scoring.Tx.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.Tx;
import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmlDetectorsTest {

  @Test
  void three_cash_deposits_just_under_the_line_within_days_are_structuring() {
    var h =
        new AmlHarness()
            .run(
                credit("S", d(0), "9500", Channel.CASH, "CASH"),
                credit("S", d(1), "9100", Channel.CASH, "CASH"),
                credit("S", d(3), "9800", Channel.CASH, "CASH"));
    List<Finding> hits = h.of(Typology.STRUCTURING);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(hits.size() - 1).transactionIds()).hasSize(3);
  }

  @Test
  void two_near_line_deposits_or_deposits_spread_over_weeks_are_not_structuring() {
    var two =
        new AmlHarness()
            .run(
                credit("S", d(0), "9500", Channel.CASH, "CASH"),
                credit("S", d(1), "9100", Channel.CASH, "CASH"));
    var spread =
        new AmlHarness()
            .run(
                credit("S", d(0), "9500", Channel.CASH, "CASH"),
                credit("S", d(10), "9100", Channel.CASH, "CASH"),
                credit("S", d(20), "9800", Channel.CASH, "CASH"));
    var wires =
        new AmlHarness()
            .run(
                credit("S", d(0), "9500", Channel.WIRE, "X"),
                credit("S", d(1), "9100", Channel.WIRE, "Y"),
                credit("S", d(2), "9800", Channel.WIRE, "Z"));
    assertThat(two.of(Typology.STRUCTURING)).isEmpty();
    assertThat(spread.of(Typology.STRUCTURING)).isEmpty();
    assertThat(wires.of(Typology.STRUCTURING)).isEmpty();
  }

  @Test
  void a_large_inflow_that_leaves_within_two_days_is_rapid_movement() {
    var h =
        new AmlHarness()
            .run(
                credit("R", h(0), "50000", Channel.WIRE, "EXT1"),
                debit("R", h(20), "30000", Channel.WIRE, "P1"),
                debit("R", h(40), "17000", Channel.WIRE, "P2"));
    assertThat(h.of(Typology.RAPID_MOVEMENT)).hasSize(1);
    assertThat(h.of(Typology.RAPID_MOVEMENT).get(0).transactionIds()).hasSize(3);
  }

  @Test
  void an_inflow_that_leaves_only_partly_or_after_the_window_is_not_rapid_movement() {
    var partly =
        new AmlHarness()
            .run(
                credit("R", h(0), "50000", Channel.WIRE, "EXT1"),
                debit("R", h(20), "30000", Channel.WIRE, "P1"));
    var late =
        new AmlHarness()
            .run(
                credit("R", h(0), "50000", Channel.WIRE, "EXT1"),
                debit("R", h(80), "48000", Channel.WIRE, "P1"));
    assertThat(partly.of(Typology.RAPID_MOVEMENT)).isEmpty();
    assertThat(late.of(Typology.RAPID_MOVEMENT)).isEmpty();
  }

  @Test
  void ten_distinct_payers_in_days_is_fan_in_and_nine_is_not() {
    assertThat(new AmlHarness().run(payers("F", 10)).of(Typology.FAN_IN)).isNotEmpty();
    assertThat(new AmlHarness().run(payers("F", 9)).of(Typology.FAN_IN)).isEmpty();
  }

  @Test
  void ten_distinct_payees_in_days_is_fan_out_but_card_spend_never_is() {
    List<Transaction> out = new ArrayList<>();
    List<Transaction> cards = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(debit("O", h(i * 6), "900", Channel.ACH, "PAYEE" + i));
      cards.add(Tx.card("K", h(i * 6), "30", "M" + i, "US", null));
    }
    assertThat(new AmlHarness().run(out.toArray(Transaction[]::new)).of(Typology.FAN_OUT))
        .isNotEmpty();
    assertThat(new AmlHarness().run(cards.toArray(Transaction[]::new)).of(Typology.FAN_OUT))
        .isEmpty();
  }

  @Test
  void wires_to_listed_countries_are_one_growing_alert_and_others_none() {
    Transaction kp =
        Tx.base("H", d(0), io.finnexus.schemas.avro.Direction.DEBIT, "5000", Channel.WIRE, "X1")
            .setCounterpartyCountry("KP")
            .build();
    Transaction ye =
        Tx.base("H", d(2), io.finnexus.schemas.avro.Direction.CREDIT, "7000", Channel.WIRE, "X2")
            .setCounterpartyCountry("YE")
            .build();
    Transaction de =
        Tx.base("G", d(0), io.finnexus.schemas.avro.Direction.DEBIT, "5000", Channel.WIRE, "X3")
            .setCounterpartyCountry("DE")
            .build();
    var h = new AmlHarness().run(kp, ye, de);
    List<Finding> hits = h.of(Typology.HIGH_RISK_JURISDICTION);
    assertThat(hits).hasSize(2).allMatch(f -> f.account().equals("H"));
    assertThat(AlertFactory.toAlert(hits.get(0), "t").getAlertId())
        .isEqualTo(AlertFactory.toAlert(hits.get(1), "t").getAlertId());
    assertThat(hits.get(1).transactionIds()).hasSize(2);
  }

  @Test
  void a_burst_after_ninety_quiet_days_is_dormant_reactivation_but_after_sixty_it_is_not() {
    var dormant =
        new AmlHarness()
            .run(
                debit("Z", d(0), "40", Channel.ACH, "PHONE"),
                credit("Z", d(120), "30000", Channel.WIRE, "EXT"));
    var active =
        new AmlHarness()
            .run(
                debit("Z", d(0), "40", Channel.ACH, "PHONE"),
                credit("Z", d(60), "30000", Channel.WIRE, "EXT"));
    assertThat(dormant.of(Typology.DORMANT_REACTIVATION)).hasSize(1);
    assertThat(active.of(Typology.DORMANT_REACTIVATION)).isEmpty();
  }

  private static Transaction[] payers(String account, int n) {
    Transaction[] txs = new Transaction[n];
    for (int i = 0; i < n; i++) {
      txs[i] = credit(account, h(i * 8), "1500", Channel.ACH, "PAYER" + i);
    }
    return txs;
  }
}
