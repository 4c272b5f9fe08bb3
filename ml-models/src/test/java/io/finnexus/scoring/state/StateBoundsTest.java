package io.finnexus.scoring.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.aml.AmlAccountState;
import io.finnexus.scoring.aml.AmlMonitor;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.aml.PathToken;
import io.finnexus.scoring.fraud.AccountProfile;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.movement.Movements;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No detector keeps unbounded state: a million transactions on one account. */
class StateBoundsTest {
  private static final Channel[] CHANNELS = {Channel.CARD, Channel.WIRE, Channel.CASH, Channel.ACH};

  /**
   * At 37 s apart, 100,000 transactions span 43 days: every bucket ring (the longest covers 30
   * days) is full by then, so the encoded size must not grow any more.
   */
  @Test
  void serialized_state_of_one_account_is_as_large_after_a_million_transactions_as_after_100_000() {
    FraudScorer fraud = new FraudScorer(FraudThresholds.defaults());
    AmlMonitor aml = new AmlMonitor(AmlThresholds.defaults());
    AccountProfile profile = new AccountProfile();
    Map<String, AmlAccountState> states = new HashMap<>();
    int[] sizes = new int[3];
    for (int i = 0; i < 1_000_000; i++) {
      Transaction tx = tx(i);
      fraud.score(tx, profile);
      ArrayDeque<PathToken> tokens = new ArrayDeque<>();
      for (Movement leg : Movements.of(tx, LedgerMode.SINGLE_ENTRY)) {
        tokens.addAll(aml.onMovement(state(states, leg.account()), leg).forward());
      }
      while (!tokens.isEmpty()) {
        PathToken t = tokens.poll();
        tokens.addAll(aml.onToken(state(states, t.receiver()), t).forward());
      }
      if (i + 1 == 100_000) {
        sizes[0] = profile.toBytes().length;
        sizes[1] = states.get("ACC0000001").toBytes().length;
      }
    }
    assertThat(profile.toBytes().length).isEqualTo(sizes[0]).isLessThan(16_000);
    assertThat(states.get("ACC0000001").toBytes().length).isEqualTo(sizes[1]).isLessThan(64_000);
    assertThat(AmlAccountState.fromBytes(states.get("ACC0000001").toBytes()).toBytes())
        .isEqualTo(states.get("ACC0000001").toBytes());
    assertThat(AccountProfile.fromBytes(profile.toBytes()).toBytes()).isEqualTo(profile.toBytes());
  }

  private static AmlAccountState state(Map<String, AmlAccountState> states, String key) {
    return states.computeIfAbsent(key, k -> new AmlAccountState());
  }

  /** Varied traffic on ACC0000001: cards, wires, cash, transfers to a few monitored peers. */
  private static Transaction tx(int i) {
    Channel channel = CHANNELS[i % CHANNELS.length];
    boolean peer = i % 10 == 1;
    String cp = peer ? String.format("ACC%07d", 2 + i % 7) : String.format("CP%07d", i % 997);
    return Transaction.newBuilder()
        .setTransactionId(String.format("T%09d", i))
        .setEventTime(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 37L))
        .setAccountId("ACC0000001")
        .setCustomerId("C1")
        .setDirection(i % 3 == 0 ? Direction.CREDIT : Direction.DEBIT)
        .setCounterpartyAccountId(cp)
        .setCounterpartyCustomerId(peer ? "C" + cp : null)
        .setCounterpartyCountry(i % 101 == 0 ? "IR" : "US")
        .setAmount(BigDecimal.valueOf(100 + i % 9000, 0).setScale(4))
        .setCurrency("USD")
        .setChannel(channel)
        .setMerchantId(channel == Channel.CARD ? cp : null)
        .setDeviceId(String.format("DEV%03d", i % 13))
        .setLocationCountry(i % 2 == 0 ? "US" : "CA")
        .build();
  }
}
