package io.finnexus.bench;

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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the scoring core on one thread: per transaction, fraud features + all fraud rules
 * ({@link #fraudFeaturesAndRules}), and that plus every AML detector and the cycle tracker with its
 * tokens ({@link #everything}). 100,000 generated transactions over 2,000 accounts (cards, bills,
 * cash, wires, transfers between monitored accounts), states in hash maps as in the replay. Score
 * is transactions per second. Run: {@code ./mvnw -pl bench compile exec:exec
 * -Djmh.args="ScoringBenchmark -wi 2 -i 3 -f 1"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {
  private static final int N = 100_000;
  private static final Channel[] CHANNELS = {
    Channel.CARD, Channel.CARD, Channel.CARD, Channel.ACH, Channel.WIRE, Channel.CASH
  };

  private final Transaction[] txs = new Transaction[N];
  private final FraudScorer fraud = new FraudScorer(FraudThresholds.defaults());
  private final AmlMonitor aml = new AmlMonitor(AmlThresholds.defaults());
  private Map<String, AccountProfile> profiles;
  private Map<String, AmlAccountState> amlStates;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom rng = new SplittableRandom(7);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < N; i++) {
      t = t.plusMillis(rng.nextInt(20_000));
      txs[i] = transaction(i, t, rng);
    }
  }

  @Setup(Level.Invocation)
  public void freshState() {
    profiles = new HashMap<>();
    amlStates = new HashMap<>();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void fraudFeaturesAndRules(Blackhole bh) {
    for (Transaction tx : txs) {
      AccountProfile p = profiles.computeIfAbsent(tx.getAccountId(), k -> new AccountProfile());
      bh.consume(fraud.score(tx, p));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void everything(Blackhole bh) {
    ArrayDeque<PathToken> tokens = new ArrayDeque<>();
    for (Transaction tx : txs) {
      AccountProfile p = profiles.computeIfAbsent(tx.getAccountId(), k -> new AccountProfile());
      bh.consume(fraud.score(tx, p));
      for (Movement leg : Movements.of(tx, LedgerMode.SINGLE_ENTRY)) {
        var step = aml.onMovement(amlState(leg.account()), leg);
        bh.consume(step.findings());
        tokens.addAll(step.forward());
      }
      while (!tokens.isEmpty()) {
        PathToken token = tokens.poll();
        var step = aml.onToken(amlState(token.receiver()), token);
        bh.consume(step.findings());
        tokens.addAll(step.forward());
      }
    }
  }

  private AmlAccountState amlState(String account) {
    return amlStates.computeIfAbsent(account, k -> new AmlAccountState());
  }

  private static Transaction transaction(int i, Instant t, SplittableRandom rng) {
    int account = rng.nextInt(2_000);
    Channel channel = CHANNELS[rng.nextInt(CHANNELS.length)];
    boolean peer = channel == Channel.WIRE && rng.nextBoolean();
    String cp = peer ? "A" + rng.nextInt(2_000) : "M" + rng.nextInt(500);
    long cents =
        channel == Channel.CARD ? 100 + rng.nextLong(20_000) : 1_000 + rng.nextLong(500_000);
    return Transaction.newBuilder()
        .setTransactionId("T" + i)
        .setEventTime(t)
        .setAccountId("A" + account)
        .setCustomerId("C" + account)
        .setDirection(rng.nextInt(4) == 0 ? Direction.CREDIT : Direction.DEBIT)
        .setCounterpartyAccountId(cp)
        .setCounterpartyCustomerId(peer ? "C" + cp : null)
        .setCounterpartyCountry("US")
        .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
        .setCurrency("USD")
        .setChannel(channel)
        .setMerchantId(channel == Channel.CARD ? cp : null)
        .setDeviceId(rng.nextInt(10) == 0 ? "D" + rng.nextInt(100) : "D" + account)
        .setLocationCountry(rng.nextInt(50) == 0 ? "GB" : "US")
        .build();
  }
}
