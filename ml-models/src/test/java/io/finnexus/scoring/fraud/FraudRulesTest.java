package io.finnexus.scoring.fraud;

import static io.finnexus.scoring.Tx.card;
import static io.finnexus.scoring.Tx.d;
import static io.finnexus.scoring.Tx.m;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.Tx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FraudRulesTest {
  private final FraudScorer scorer = new FraudScorer(FraudThresholds.defaults());
  private final AccountProfile profile = new AccountProfile();

  /** Three weeks of ordinary card spend and bills at home, from the usual device. */
  private void history() {
    for (int i = 0; i < 21; i++) {
      scorer.score(card("A", d(i), String.valueOf(20 + i % 7), "M" + i % 5, "US", "DEV1"), profile);
      scorer.score(
          Tx.debit("A", d(i).plusHours(2), String.valueOf(90 + i), Channel.ACH, "BILL"), profile);
    }
  }

  private List<String> hits(Transaction tx) {
    return scorer.score(tx, profile).ruleHits();
  }

  @Test
  void five_tiny_authorisations_at_distinct_merchants_within_minutes_are_card_testing() {
    history();
    List<String> last = List.of();
    for (int k = 0; k < 5; k++) {
      last = hits(card("A", d(22).plus(m(k)), "1.50", "PROBE" + k, "US", null));
    }
    assertThat(last).contains("CARD_TESTING");
  }

  @Test
  void four_tiny_authorisations_or_five_at_one_merchant_are_not_card_testing() {
    history();
    List<String> seen = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      seen.addAll(hits(card("A", d(22).plus(m(k)), "1.50", "PROBE" + k, "US", null)));
    }
    for (int k = 0; k < 5; k++) {
      seen.addAll(hits(card("A", d(23).plus(m(k)), "1.50", "SAME", "US", null)));
    }
    assertThat(seen).doesNotContain("CARD_TESTING");
  }

  @Test
  void a_card_used_in_japan_twenty_minutes_after_new_york_is_impossible_travel() {
    history();
    hits(card("A", d(22), "30", "M1", "US", null));
    assertThat(hits(card("A", d(22).plus(m(20)), "80", "TOKYO", "JP", null)))
        .contains("IMPOSSIBLE_TRAVEL");
  }

  @Test
  void neighbouring_countries_or_a_long_gap_are_not_impossible_travel() {
    history();
    hits(card("A", d(22), "30", "M1", "DE", null));
    List<String> near = hits(card("A", d(22).plus(m(50)), "30", "PARIS", "FR", null));
    List<String> later =
        hits(card("A", d(23).plus(Duration.ofHours(20)), "30", "TOKYO", "JP", null));
    assertThat(near).doesNotContain("IMPOSSIBLE_TRAVEL");
    assertThat(later).doesNotContain("IMPOSSIBLE_TRAVEL");
  }

  @Test
  void a_large_wire_from_a_never_seen_device_is_account_takeover() {
    history();
    Transaction wire =
        Tx.base("A", d(22), io.finnexus.schemas.avro.Direction.DEBIT, "6000", Channel.WIRE, "MULE")
            .setDeviceId("DEV-NEW")
            .build();
    assertThat(hits(wire)).contains("ACCOUNT_TAKEOVER");
  }

  @Test
  void a_large_wire_from_the_usual_device_or_a_small_one_from_a_new_device_is_not() {
    history();
    Transaction usual =
        Tx.base(
                "A",
                d(22),
                io.finnexus.schemas.avro.Direction.DEBIT,
                "6000",
                Channel.WIRE,
                "LANDLORD")
            .setDeviceId("DEV1")
            .build();
    Transaction small =
        Tx.base("A", d(23), io.finnexus.schemas.avro.Direction.DEBIT, "120", Channel.WIRE, "FRIEND")
            .setDeviceId("DEV-NEW")
            .build();
    assertThat(hits(usual)).doesNotContain("ACCOUNT_TAKEOVER");
    assertThat(hits(small)).doesNotContain("ACCOUNT_TAKEOVER");
  }

  @Test
  void a_card_payment_forty_times_the_usual_is_an_amount_spike_and_five_times_is_not() {
    history();
    assertThat(hits(card("A", d(22), "150", "SHOP", "US", "DEV1"))).doesNotContain("AMOUNT_SPIKE");
    Assessment spike = scorer.score(card("A", d(23), "1000", "JEWEL", "US", "DEV1"), profile);
    assertThat(spike.ruleHits()).contains("AMOUNT_SPIKE");
    assertThat(spike.riskScore()).isBetween(0.5, 1.0);
    assertThat(spike.findings().get(0).evidence()).isNotEmpty();
  }

  @Test
  void a_champion_model_raises_the_risk_and_shadows_are_only_recorded() {
    FraudModel always =
        new FraudModel() {
          public String id() {
            return "m";
          }

          public String version() {
            return "1";
          }

          public double score(FeatureVector f) {
            return 0.5;
          }
        };
    FraudScorer withModel = new FraudScorer(FraudThresholds.defaults(), always, List.of(always));
    Assessment a = withModel.score(card("B", d(0), "20", "M", "US", null), new AccountProfile());
    assertThat(a.riskScore()).isEqualTo(0.5);
    assertThat(a.shadowScores()).containsEntry("m:1", 0.5);
    assertThat(a.features().values()).hasSize(FeatureSchema.SIZE);
  }
}
