package io.finnexus.scoring.replay;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.aml.AmlAccountState;
import io.finnexus.scoring.aml.AmlMonitor;
import io.finnexus.scoring.aml.AmlStep;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.aml.PathToken;
import io.finnexus.scoring.fraud.AccountProfile;
import io.finnexus.scoring.fraud.Assessment;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.movement.Movements;
import io.finnexus.scoring.state.AccountStateStore;
import io.finnexus.scoring.state.InMemoryStateStore;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Runs every AML detector and fraud rule over transactions in event-time order, exactly as the
 * engines do per key, with in-memory stores. Path tokens are delivered once event time moves past
 * the transaction that emitted them (so both legs of a double-entry transfer are seen first), the
 * way a watermark-driven engine would. Alerts are kept by id: a re-emission in the same episode
 * merges into the existing alert ({@link AlertBook}).
 */
public final class ReplayScorer {
  public static final String ENGINE = "replay";

  private final AmlMonitor aml;
  private final FraudScorer fraud;
  private final LedgerMode mode;
  private final AccountStateStore<AmlAccountState> amlStates =
      new InMemoryStateStore<>(AmlAccountState::new);
  private final AccountStateStore<AccountProfile> profiles =
      new InMemoryStateStore<>(AccountProfile::new);
  private final Deque<PathToken> pending = new ArrayDeque<>();
  private final AlertBook book = new AlertBook();
  private long clock = Long.MIN_VALUE;
  private long tokensDelivered;

  public ReplayScorer(AmlThresholds amlThresholds, FraudScorer fraud, LedgerMode mode) {
    this.aml = new AmlMonitor(amlThresholds);
    this.fraud = fraud;
    this.mode = mode;
  }

  /** Scores one transaction; transactions must come in event-time order. */
  public Assessment accept(Transaction tx) {
    long time = tx.getEventTime().toEpochMilli();
    if (time > clock) {
      deliverTokens();
      clock = time;
    }
    for (Movement leg : Movements.of(tx, mode)) {
      AmlAccountState state = amlStates.load(leg.account());
      AmlStep step = aml.onMovement(state, leg);
      amlStates.save(leg.account(), state);
      record(step);
    }
    AccountProfile profile = profiles.load(tx.getAccountId().toString());
    Assessment assessment = fraud.score(tx, profile);
    profiles.save(tx.getAccountId().toString(), profile);
    for (Finding f : assessment.findings()) {
      book.add(AlertFactory.toAlert(f, ENGINE, assessment.modelId(), assessment.modelVersion()));
    }
    return assessment;
  }

  /** Delivers the tokens still in flight; call after the last transaction. */
  public void finish() {
    deliverTokens();
  }

  public Collection<Alert> alerts() {
    return book.alerts();
  }

  public long tokensDelivered() {
    return tokensDelivered;
  }

  private void record(AmlStep step) {
    for (Finding f : step.findings()) {
      book.add(AlertFactory.toAlert(f, ENGINE));
    }
    pending.addAll(step.forward());
  }

  private void deliverTokens() {
    while (!pending.isEmpty()) {
      PathToken token = pending.poll();
      tokensDelivered++;
      AmlAccountState state = amlStates.load(token.receiver());
      AmlStep step = aml.onToken(state, token);
      amlStates.save(token.receiver(), state);
      record(step);
    }
  }
}
