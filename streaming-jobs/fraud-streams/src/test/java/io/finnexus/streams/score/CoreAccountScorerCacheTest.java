package io.finnexus.streams.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.streams.TestTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task's decoded-profile cache must never change a score: with it, without it, with evictions,
 * and when the store hands back older state than the cache last saw (an aborted exactly-once
 * transaction, or state restored from the changelog).
 */
class CoreAccountScorerCacheTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void scoresWithTheCacheAndWithEvictionsEqualScoresWithout() {
    List<Transaction> input = new TestTransactions(5, 40).next(4_000);
    Map<String, byte[]> uncachedStore = new HashMap<>();
    Map<String, byte[]> cachedStore = new HashMap<>();
    AccountScorer uncached = scorer(0).forTask();
    AccountScorer cached = scorer(8).forTask(); // 40 accounts through 8 slots: many evictions
    int alerts = 0;
    for (Transaction tx : input) {
      AccountScorer.Outcome expected = score(uncached, tx, uncachedStore);
      AccountScorer.Outcome actual = score(cached, tx, cachedStore);
      assertSame(actual, expected);
      alerts += expected.alerts().size();
    }
    assertThat(alerts).as("the input must raise alerts to compare").isPositive();
  }

  @Test
  void stateRewoundToOlderBytesIsScoredFromThoseBytesNotFromTheCache() {
    List<Transaction> input = new TestTransactions(9, 1).next(3);
    AccountScorer task = scorer(16).forTask();
    byte[] afterFirst = task.score(input.get(0), null).nextState();
    task.score(input.get(1), afterFirst); // the cache now holds the state after two transactions

    // the second transaction's exactly-once transaction aborted: the store is back at afterFirst
    AccountScorer.Outcome retried = task.score(input.get(1), afterFirst);
    AccountScorer.Outcome expected = scorer(0).forTask().score(input.get(1), afterFirst);
    assertSame(retried, expected);
  }

  private static void assertSame(AccountScorer.Outcome actual, AccountScorer.Outcome expected) {
    assertThat(actual.scored()).isEqualTo(expected.scored());
    assertThat(actual.alerts()).isEqualTo(expected.alerts());
    assertThat(actual.nextState()).isEqualTo(expected.nextState());
  }

  private static AccountScorer.Outcome score(
      AccountScorer scorer, Transaction tx, Map<String, byte[]> store) {
    AccountScorer.Outcome outcome = scorer.score(tx, store.get(tx.getAccountId()));
    store.put(tx.getAccountId(), outcome.nextState());
    return outcome;
  }

  private static AccountScorer scorer(int cachedAccounts) {
    return new CoreAccountScorer(
        new FraudScorer(FraudThresholds.defaults()), CLOCK, cachedAccounts);
  }
}
