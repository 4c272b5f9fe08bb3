package io.finnexus.scoring.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An engine stores the profile as bytes between transactions (Kafka Streams does after every one):
 * scores must be the same as if the profile had stayed in memory, for state written by this release
 * and by the previous codec version alike, and bad bytes must fail clearly.
 */
class AccountProfileCodecTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private final FraudScorer scorer = new FraudScorer(FraudThresholds.defaults());

  @Test
  void scoring_through_stored_bytes_after_every_transaction_equals_scoring_in_memory() {
    int alerts = assertSameScores(p -> AccountProfile.fromBytes(p.toBytes()));
    assertThat(alerts).as("the traffic must fire rules to compare findings").isGreaterThan(10);
  }

  @Test
  void state_stored_by_the_previous_codec_version_scores_the_same() {
    assertSameScores(p -> AccountProfile.fromBytes(p.toLegacyBytes()));
  }

  @Test
  void a_young_account_stores_under_a_kilobyte_and_a_busy_one_stays_bounded() {
    AccountProfile young = new AccountProfile();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5; i++) {
      scorer.score(tx(random, i), young);
    }
    AccountProfile busy = new AccountProfile();
    for (int i = 0; i < 50_000; i++) {
      scorer.score(tx(random, i), busy);
    }
    assertThat(young.toBytes().length).isLessThan(1_000);
    assertThat(young.toBytes().length)
        .as("v2 stores only what is in use: a fraction of the fixed-size v1 layout")
        .isLessThan(young.toLegacyBytes().length / 4);
    assertThat(busy.toBytes().length).isLessThanOrEqualTo(busy.toLegacyBytes().length + 100);
  }

  @Test
  void truncated_bytes_or_an_unknown_version_fail_with_the_reason() {
    AccountProfile profile = new AccountProfile();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 300; i++) {
      scorer.score(tx(random, i), profile);
    }
    byte[] bytes = profile.toBytes();
    for (int cut = 0; cut < bytes.length; cut++) {
      byte[] prefix = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> AccountProfile.fromBytes(prefix))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("state");
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> AccountProfile.fromBytes(longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailing");
    byte[] future = bytes.clone();
    future[0] = 9;
    assertThatThrownBy(() -> AccountProfile.fromBytes(future))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 9");
  }

  /** Scores 3,000 transactions both ways; returns how many alerts were raised. */
  private int assertSameScores(UnaryOperator<AccountProfile> storeAndLoad) {
    SplittableRandom random = new SplittableRandom(11);
    AccountProfile inMemory = new AccountProfile();
    AccountProfile stored = new AccountProfile();
    int alerts = 0;
    for (int i = 0; i < 3_000; i++) {
      Transaction tx = tx(random, i);
      stored = storeAndLoad.apply(stored);
      Assessment expected = scorer.score(tx, inMemory);
      Assessment actual = scorer.score(tx, stored);
      assertThat(actual).as("transaction %d", i).isEqualTo(expected);
      alerts += expected.findings().size();
    }
    assertThat(stored.toBytes()).isEqualTo(inMemory.toBytes());
    return alerts;
  }

  /**
   * Varied traffic on one account: card spend (with probes of tiny authorisations, travel, new
   * devices), wires, ACH credits, bursts and gaps of days, so every bucket, set and ring is used.
   */
  private static Transaction tx(SplittableRandom random, int i) {
    boolean card = random.nextInt(3) != 0;
    boolean probe = card && random.nextInt(8) == 0;
    boolean credit = !card && random.nextInt(3) == 0;
    long cents =
        probe
            ? 50 + random.nextInt(400)
            : random.nextInt(40) == 0
                ? 900_000 + random.nextInt(1_000_000)
                : 500 + random.nextInt(20_000);
    String[] countries = {"US", "US", "US", "CA", "JP", "DE"};
    Instant at = T0.plusSeconds(i * 900L + (i / 200) * 86_400L * 3 + random.nextInt(600));
    return Transaction.newBuilder()
        .setTransactionId("T" + i + (random.nextInt(50) == 0 ? "-\u00e9\ud83d" : ""))
        .setEventTime(at)
        .setAccountId("A")
        .setCustomerId("CA")
        .setDirection(credit ? Direction.CREDIT : Direction.DEBIT)
        .setCounterpartyAccountId(card ? "M" + random.nextInt(60) : "CP" + random.nextInt(80))
        .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
        .setCurrency("USD")
        .setChannel(card ? Channel.CARD : credit ? Channel.ACH : Channel.WIRE)
        .setMerchantId(card ? "M" + random.nextInt(60) : null)
        .setCardId(card ? "KA" : null)
        .setLocationCountry(card ? countries[random.nextInt(countries.length)] : null)
        .setDeviceId(random.nextInt(30) == 0 ? "DEV" + random.nextInt(20) : "DEV1")
        .build();
  }
}
