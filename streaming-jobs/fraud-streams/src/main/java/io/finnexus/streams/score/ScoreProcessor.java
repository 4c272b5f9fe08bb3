package io.finnexus.streams.score;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.validation.DeadLetters;
import io.finnexus.schemas.validation.ReasonCode;
import io.finnexus.schemas.validation.Rejection;
import io.finnexus.streams.ops.FraudMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Scores each valid transaction with the core against its account's state: reads the state bytes
 * from the changelogged store, calls {@link AccountScorer}, writes the new state (stamped with the
 * transaction's event time) and forwards the scored record (key = transaction id) and any alert
 * (key = alert id) to their sinks. Within one exactly-once transaction, so a crash never leaves the
 * state and the outputs out of step.
 *
 * <p>If the scorer fails on a record (a bug, or corrupt state bytes), the record goes to the dead
 * letters with reason {@link ReasonCode#SCORING_ERROR}, the account's state is left as it was, and
 * the stream goes on: one bad record never stops scoring for everyone.
 *
 * <p>Accounts idle for longer than the retention (in event time) are swept by {@link
 * IdleAccountSweeper}, which keeps the store and its changelog bounded.
 */
public final class ScoreProcessor implements Processor<Object, Object, Object, Object> {

  private final AccountScorer sharedScorer;
  private AccountScorer scorer;
  private final FraudMetrics metrics;
  private final StoreNames names;
  private final Clock clock;
  private final Duration retention;
  private final Duration sweepInterval;
  private ProcessorContext<Object, Object> context;
  private TimestampedKeyValueStore<String, byte[]> states;
  private IdleAccountSweeper sweeper;

  /** A processor storing state in {@code names.accountState()}, emitting to the named sinks. */
  public ScoreProcessor(
      AccountScorer scorer,
      FraudMetrics metrics,
      StoreNames names,
      Clock clock,
      Duration retention,
      Duration sweepInterval) {
    this.sharedScorer = scorer;
    this.metrics = metrics;
    this.names = names;
    this.clock = clock;
    this.retention = retention;
    this.sweepInterval = sweepInterval;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.scorer = sharedScorer.forTask();
    this.states = context.getStateStore(names.accountState());
    this.sweeper = new IdleAccountSweeper(states, retention);
    context.schedule(sweepInterval, PunctuationType.WALL_CLOCK_TIME, now -> sweeper.sweep());
  }

  @Override
  public void process(Record<Object, Object> record) {
    Transaction transaction = (Transaction) record.value();
    String account = transaction.getAccountId();
    long started = System.nanoTime();
    ValueAndTimestamp<byte[]> before = states.get(account);
    AccountScorer.Outcome outcome;
    try {
      outcome = scorer.score(transaction, before == null ? null : before.value());
    } catch (RuntimeException e) {
      deadLetter(record, transaction, e);
      return;
    }
    long eventTime = transaction.getEventTime().toEpochMilli();
    states.put(account, ValueAndTimestamp.make(outcome.nextState(), eventTime));
    sweeper.observe(eventTime);
    metrics.transactionScored(System.nanoTime() - started);
    // keyed by transaction id, one key per record: the topic is compacted so that an erasure's
    // tombstones remove exactly the subject's records (README "Kafka topics")
    context.forward(
        record.withKey((Object) transaction.getTransactionId()).withValue(outcome.scored()),
        names.scoredSink());
    for (Alert alert : outcome.alerts()) {
      metrics.alertRaised();
      context.forward(
          record.withKey((Object) alert.getAlertId()).withValue(alert), names.alertsSink());
    }
  }

  private void deadLetter(
      Record<Object, Object> record, Transaction transaction, RuntimeException e) {
    Rejection rejection =
        new Rejection(
            ReasonCode.SCORING_ERROR,
            null,
            e.getClass().getName() + ": " + e.getMessage(),
            FinNexusSerdes.transactionCodec().encode(transaction));
    String source =
        context
            .recordMetadata()
            .map(m -> DeadLetters.source(m.topic(), m.partition(), m.offset()))
            .orElse("transactions@unknown");
    byte[] key = transaction.getAccountId().getBytes(StandardCharsets.UTF_8);
    DeadLetter letter = DeadLetters.of(rejection, source, key, clock);
    metrics.rejected(letter.getReasonCode());
    context.forward(record.withKey((Object) key).withValue(letter), names.deadLetterSink());
  }
}
