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

  @Test
  void three_identical_transfers_to_one_payee_within_a_day_are_repeated_transfers() {
    var h =
        new AmlHarness()
            .run(
                Tx.transfer("P", "Q", h(0), "19.42"),
                Tx.transfer("P", "Q", h(5), "19.42"),
                Tx.transfer("P", "Q", h(23), "19.42"),
                Tx.transfer("P", "Q", h(28), "19.42"));
    List<Finding> hits = h.of(Typology.REPEATED_TRANSFERS);
    assertThat(hits).hasSize(2).allMatch(f -> f.account().equals("P"));
    Finding first = hits.get(0);
    assertThat(first.transactionIds()).hasSize(3);
    assertThat(first.involvedAccounts()).containsExactly("P", "Q");
    assertThat(first.totalMinor()).isEqualTo(3 * 1942);
    assertThat(first.summary()).isEqualTo("3 transfers of 19.42 USD to Q within 24 h");
    assertThat(first.evidence()).extracting(e -> e.getName()).contains("identical_transfers");
    // The fourth, 5 h after the third, continues the episode: one alert, growing.
    assertThat(h.alertIds(Typology.REPEATED_TRANSFERS)).hasSize(1);
    assertThat(hits.get(1).transactionIds()).hasSize(3);
    // Only the payer's outbound legs are judged; the payee's mirrored credits never alert.
    assertThat(h.of(Typology.REPEATED_TRANSFERS)).noneMatch(f -> f.account().equals("Q"));
  }

  @Test
  void a_payee_outside_the_bank_is_not_an_involved_account() {
    var h =
        new AmlHarness()
            .run(
                debit("P", h(0), "250", Channel.ACH, "EXT"),
                debit("P", h(1), "250", Channel.ACH, "EXT"),
                debit("P", h(2), "250", Channel.ACH, "EXT"));
    List<Finding> hits = h.of(Typology.REPEATED_TRANSFERS);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).involvedAccounts()).containsExactly("P");
  }

  @Test
  void near_misses_are_not_repeated_transfers() {
    var amounts =
        new AmlHarness()
            .run(
                Tx.transfer("P", "Q", h(0), "19.42"),
                Tx.transfer("P", "Q", h(1), "19.43"),
                Tx.transfer("P", "Q", h(2), "19.42"));
    var payees =
        new AmlHarness()
            .run(
                Tx.transfer("P", "Q", h(0), "19.42"),
                Tx.transfer("P", "R", h(1), "19.42"),
                Tx.transfer("P", "Q", h(2), "19.42"));
    var spread =
        new AmlHarness()
            .run(
                Tx.transfer("P", "Q", h(0), "19.42"),
                Tx.transfer("P", "Q", h(13), "19.42"),
                Tx.transfer("P", "Q", h(26), "19.42"));
    var two =
        new AmlHarness()
            .run(Tx.transfer("P", "Q", h(0), "19.42"), Tx.transfer("P", "Q", h(1), "19.42"));
    var cash =
        new AmlHarness()
            .run(
                debit("P", h(0), "200", Channel.CASH, "CASH"),
                debit("P", h(1), "200", Channel.CASH, "CASH"),
                debit("P", h(2), "200", Channel.CASH, "CASH"));
    var cards = new AmlHarness();
    var inbound = new AmlHarness();
    for (int i = 0; i < 4; i++) {
      cards.run(Tx.card("P", h(i), "9.99", "NETFLIX", "US", null));
      inbound.run(credit("P", h(i), "500", Channel.ACH, "EMPLOYER"));
    }
    for (var miss : List.of(amounts, payees, spread, two, cash, cards, inbound)) {
      assertThat(miss.of(Typology.REPEATED_TRANSFERS)).isEmpty();
    }
  }

  @Test
  void repeated_transfer_thresholds_come_from_aml_thresholds() {
    AmlThresholds d = AmlThresholds.defaults();
    assertThat(d.repeatedMinTransfers()).isEqualTo(3);
    assertThat(d.repeatedWindow()).isEqualTo(java.time.Duration.ofHours(24));
    AmlThresholds two =
        new AmlThresholds(
            d.reportingThresholdMinor(),
            d.structuringBand(),
            d.structuringMinDeposits(),
            d.structuringWindow(),
            d.rapidMinInflowMinor(),
            d.rapidOutFraction(),
            d.rapidWindow(),
            d.fanMinCounterparties(),
            d.fanWindow(),
            d.cycle(),
            d.blackList(),
            d.greyList(),
            d.highRiskEpisode(),
            d.dormancy(),
            d.reactivationMinMinor(),
            d.reactivationWindow(),
            2,
            java.time.Duration.ofHours(2));
    var h =
        new AmlHarness(two, io.finnexus.scoring.movement.LedgerMode.SINGLE_ENTRY)
            .run(
                Tx.transfer("P", "Q", h(0), "70"),
                Tx.transfer("P", "Q", h(1), "70"),
                Tx.transfer("P", "R", h(0), "80"),
                Tx.transfer("P", "R", h(3), "80"));
    assertThat(h.of(Typology.REPEATED_TRANSFERS))
        .singleElement()
        .satisfies(f -> assertThat(f.summary()).endsWith("to Q within 2 h"));
    assertThat(d.withCycle(d.cycle()).repeatedWindow()).isEqualTo(d.repeatedWindow());
  }

  private static Transaction[] payers(String account, int n) {
    Transaction[] txs = new Transaction[n];
    for (int i = 0; i < n; i++) {
      txs[i] = credit(account, h(i * 8), "1500", Channel.ACH, "PAYER" + i);
    }
    return txs;
  }
}
