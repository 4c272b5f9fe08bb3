package io.finnexus.app.generate;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** At small scale every typology is planted, labelled, and has the shape detectors look for. */
class TypologyLabelsTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static List<LabelledTransaction> rows;
  private static Map<Typology, Map<String, List<Transaction>>> byTypologyAndAccount;

  @BeforeAll
  static void generate() {
    rows = new TrafficGenerator(600, 30, 42, START).generate(null).rows();
    byTypologyAndAccount =
        rows.stream()
            .filter(r -> r.typology() != null)
            .collect(
                groupingBy(
                    LabelledTransaction::typology,
                    groupingBy(
                        r -> r.transaction().getAccountId(),
                        Collectors.mapping(
                            LabelledTransaction::transaction, Collectors.toList()))));
  }

  @Test
  void every_planted_typology_is_present_with_its_family_flag_and_normal_traffic_dominates() {
    Set<Typology> planted = EnumSet.allOf(Typology.class);
    planted.remove(Typology.SANCTIONS_HIT); // planted by the screening data, not the generator
    assertThat(byTypologyAndAccount.keySet()).containsExactlyInAnyOrderElementsOf(planted);
    for (LabelledTransaction r : rows) {
      boolean aml = r.typology() != null && r.typology().family() == Typology.Family.AML;
      boolean fraud = r.typology() != null && r.typology().family() == Typology.Family.FRAUD;
      assertThat(r.laundering()).isEqualTo(aml);
      assertThat(r.fraud()).isEqualTo(fraud);
    }
    long labelled = rows.stream().filter(r -> r.typology() != null).count();
    assertThat(labelled).isLessThan(rows.size() / 20);
    assertThat(rows.size()).isGreaterThan(600 * 30);
  }

  @Test
  void rows_are_sorted_by_event_time_with_unique_ids() {
    assertThat(rows).isSortedAccordingTo(Comparator.comparing(r -> r.transaction().getEventTime()));
    assertThat(rows.stream().map(r -> r.transaction().getTransactionId()).distinct().count())
        .isEqualTo(rows.size());
  }

  @Test
  void structuring_is_cash_deposits_just_under_10000_totalling_more_within_5_days() {
    for (List<Transaction> deposits : accounts(Typology.STRUCTURING)) {
      assertThat(deposits).hasSizeBetween(3, 6);
      assertThat(deposits)
          .allSatisfy(
              tx -> {
                assertThat(tx.getChannel()).isEqualTo(Channel.CASH);
                assertThat(tx.getDirection()).isEqualTo(Direction.CREDIT);
                assertThat(tx.getAmount())
                    .isBetween(new BigDecimal("8500"), new BigDecimal("9900"));
              });
      assertThat(total(deposits)).isGreaterThan(new BigDecimal("10000"));
      assertThat(span(deposits)).isLessThanOrEqualTo(Duration.ofDays(5));
    }
  }

  @Test
  void rapid_movement_sends_at_least_90_percent_onwards_within_72_hours() {
    for (List<Transaction> legs : accounts(Typology.RAPID_MOVEMENT)) {
      BigDecimal in = total(only(legs, Direction.CREDIT));
      List<Transaction> out = only(legs, Direction.DEBIT);
      assertThat(out).hasSizeBetween(1, 3);
      assertThat(total(out)).isGreaterThanOrEqualTo(in.multiply(new BigDecimal("0.9")));
      assertThat(span(legs)).isLessThanOrEqualTo(Duration.ofHours(72));
    }
  }

  @Test
  void fan_in_and_fan_out_involve_at_least_10_distinct_counterparties_within_4_days() {
    for (Typology fan : List.of(Typology.FAN_IN, Typology.FAN_OUT)) {
      for (List<Transaction> legs : accounts(fan)) {
        assertThat(legs.stream().map(Transaction::getCounterpartyAccountId).distinct().count())
            .isGreaterThanOrEqualTo(10);
        assertThat(span(legs)).isLessThanOrEqualTo(Duration.ofDays(4));
      }
    }
  }

  @Test
  void cycles_return_to_their_origin_with_each_hop_90_to_100_percent_of_the_previous() {
    List<Transaction> debits =
        rows.stream()
            .filter(r -> r.typology() == Typology.CYCLE)
            .map(LabelledTransaction::transaction)
            .filter(tx -> tx.getDirection() == Direction.DEBIT)
            .sorted(Comparator.comparing(Transaction::getEventTime))
            .toList();
    Map<String, Transaction> byPayer =
        debits.stream().collect(Collectors.toMap(Transaction::getAccountId, tx -> tx));
    for (Transaction hop : debits) {
      Transaction next = byPayer.get(hop.getCounterpartyAccountId());
      assertThat(next).as("every cycle payee pays onwards").isNotNull();
      if (next.getEventTime().isAfter(hop.getEventTime())) {
        BigDecimal ratio =
            next.getAmount().divide(hop.getAmount(), java.math.MathContext.DECIMAL64);
        assertThat(ratio).isBetween(new BigDecimal("0.899"), BigDecimal.ONE);
      }
    }
  }

  @Test
  void high_risk_wires_touch_fatf_listed_countries() {
    Set<String> listed = new java.util.HashSet<>(Arrays.asList(Countries.FATF_BLACK));
    listed.addAll(Arrays.asList(Countries.FATF_GREY));
    for (List<Transaction> wires : accounts(Typology.HIGH_RISK_JURISDICTION)) {
      assertThat(wires).allSatisfy(tx -> assertThat(listed).contains(tx.getCounterpartyCountry()));
    }
  }

  @Test
  void reactivated_accounts_were_silent_for_at_least_90_days_before_the_burst() {
    for (List<Transaction> burst : accounts(Typology.DORMANT_REACTIVATION)) {
      String account = burst.get(0).getAccountId();
      List<Transaction> history = history(account);
      var firstBurst =
          burst.stream().map(Transaction::getEventTime).min(Comparator.naturalOrder()).get();
      List<Transaction> before =
          history.stream().filter(tx -> tx.getEventTime().isBefore(firstBurst)).toList();
      assertThat(before).hasSize(1);
      assertThat(Duration.between(before.get(0).getEventTime(), firstBurst))
          .isGreaterThanOrEqualTo(Duration.ofDays(90));
      assertThat(burst).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void repeated_transfers_are_3_to_6_identical_amounts_to_one_counterparty_within_a_day() {
    for (List<Transaction> legs : accounts(Typology.REPEATED_TRANSFERS)) {
      assertThat(legs).hasSizeBetween(3, 6);
      assertThat(legs.stream().map(Transaction::getAmount).distinct()).hasSize(1);
      assertThat(legs.stream().map(Transaction::getCounterpartyAccountId).distinct()).hasSize(1);
      assertThat(legs.stream().map(Transaction::getDirection).distinct()).hasSize(1);
      assertThat(legs).noneMatch(tx -> tx.getChannel() == Channel.CASH);
      assertThat(span(legs)).isLessThan(Duration.ofDays(1));
    }
  }

  @Test
  void normal_traffic_never_repeats_an_amount_to_one_counterparty_three_times_a_day() {
    Map<String, List<Transaction>> series =
        rows.stream()
            .filter(r -> r.typology() != Typology.REPEATED_TRANSFERS)
            .map(LabelledTransaction::transaction)
            .filter(tx -> tx.getDirection() == Direction.DEBIT)
            .filter(tx -> tx.getChannel() != Channel.CASH && tx.getChannel() != Channel.CARD)
            .collect(
                groupingBy(
                    tx ->
                        tx.getAccountId()
                            + "|"
                            + tx.getCounterpartyAccountId()
                            + "|"
                            + tx.getAmount().toPlainString()));
    for (List<Transaction> same : series.values()) {
      List<java.time.Instant> times =
          same.stream().map(Transaction::getEventTime).sorted().toList();
      for (int i = 2; i < times.size(); i++) {
        assertThat(Duration.between(times.get(i - 2), times.get(i)))
            .as("three identical transfers of %s", same.get(0))
            .isGreaterThan(Duration.ofDays(1));
      }
    }
  }

  @Test
  void card_testing_is_5_or_more_tiny_payments_at_distinct_merchants_within_minutes() {
    for (List<Transaction> tests : accounts(Typology.CARD_TESTING)) {
      assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
      assertThat(tests)
          .allSatisfy(tx -> assertThat(tx.getAmount()).isLessThan(new BigDecimal("5")));
      assertThat(tests.stream().map(Transaction::getMerchantId).distinct().count())
          .isEqualTo(tests.size());
      assertThat(span(tests)).isLessThanOrEqualTo(Duration.ofMinutes(20));
    }
  }

  @Test
  void account_takeover_uses_a_device_never_seen_on_the_account_for_an_unusual_amount() {
    for (List<Transaction> takeovers : accounts(Typology.ACCOUNT_TAKEOVER)) {
      String device = takeovers.get(0).getDeviceId();
      List<Transaction> normal = normalHistory(takeovers.get(0).getAccountId());
      assertThat(normal).noneMatch(tx -> device.equals(tx.getDeviceId()));
      assertThat(takeovers.get(0).getAmount())
          .isGreaterThan(median(normal).multiply(BigDecimal.TEN));
    }
  }

  @Test
  void impossible_travel_follows_a_home_card_use_within_an_hour_in_another_country() {
    for (List<Transaction> far : accounts(Typology.IMPOSSIBLE_TRAVEL)) {
      Transaction abroad = far.get(0);
      boolean homeUseWithinHour =
          history(abroad.getAccountId()).stream()
              .anyMatch(
                  tx ->
                      tx.getChannel() == Channel.CARD
                          && !tx.getLocationCountry().equals(abroad.getLocationCountry())
                          && !tx.getEventTime().isAfter(abroad.getEventTime())
                          && Duration.between(tx.getEventTime(), abroad.getEventTime())
                                  .compareTo(Duration.ofHours(1))
                              < 0);
      assertThat(homeUseWithinHour).isTrue();
    }
  }

  @Test
  void amount_spike_is_at_least_20_times_the_accounts_median_card_payment() {
    for (List<Transaction> spikes : accounts(Typology.AMOUNT_SPIKE)) {
      List<Transaction> cards =
          normalHistory(spikes.get(0).getAccountId()).stream()
              .filter(tx -> tx.getChannel() == Channel.CARD)
              .toList();
      assertThat(spikes.get(0).getAmount())
          .isGreaterThan(median(cards).multiply(BigDecimal.valueOf(20)));
    }
  }

  private static Collection<List<Transaction>> accounts(Typology typology) {
    Collection<List<Transaction>> groups = byTypologyAndAccount.get(typology).values();
    assertThat(groups).isNotEmpty();
    return groups;
  }

  private static List<Transaction> history(String account) {
    return rows.stream()
        .map(LabelledTransaction::transaction)
        .filter(tx -> tx.getAccountId().equals(account))
        .toList();
  }

  private static List<Transaction> normalHistory(String account) {
    return rows.stream()
        .filter(r -> r.typology() == null)
        .map(LabelledTransaction::transaction)
        .filter(tx -> tx.getAccountId().equals(account))
        .toList();
  }

  private static List<Transaction> only(List<Transaction> txs, Direction direction) {
    return txs.stream().filter(tx -> tx.getDirection() == direction).toList();
  }

  private static BigDecimal total(List<Transaction> txs) {
    return txs.stream().map(Transaction::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal median(List<Transaction> txs) {
    List<BigDecimal> amounts = txs.stream().map(Transaction::getAmount).sorted().toList();
    return amounts.get(amounts.size() / 2);
  }

  private static Duration span(List<Transaction> txs) {
    var times = txs.stream().map(Transaction::getEventTime).sorted().toList();
    return Duration.between(times.get(0), times.get(times.size() - 1));
  }
}
