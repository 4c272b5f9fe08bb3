package io.finnexus.api.archive;

import io.finnexus.api.consume.CommittingConsumer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Archives every scored transaction into {@code monitored_transaction}, the table the nightly
 * reconciliation compares with the ledger of record. Each poll is one database transaction; offsets
 * are committed only after it commits, so a crash replays the batch and the writer, idempotent per
 * Kafka position, absorbs it (effectively once). Reads with {@code isolation.level=read_committed}:
 * the streams app writes exactly-once, and records of its aborted transactions were never scored. A
 * transaction scored twice (two records) is archived twice, for reconciliation to report as a
 * duplicate. Undecodable or unstorable records go to {@code dead_letter} with a reason, raw bytes
 * kept. Kafka or database outages are retried with back-off.
 *
 * <p>Switched off with {@code finnexus.archive.enabled=false} (default true); other settings in
 * {@link ArchiveProperties}. Metrics: {@code finnexus.archive.records{outcome=archived|replayed|
 * rejected}} (replayed: already written by an earlier delivery), {@code
 * finnexus.archive.erased-subject} (records of an already erased subject, archived without account
 * and subject, see {@link ArchiveWriter}) and {@code finnexus.archive.lag} (record timestamp to
 * stored).
 */
@Component
public class TransactionArchiver implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(TransactionArchiver.class);

  private final ArchiveProperties props;
  private final ArchiveWriter writer;
  private final ScoredTransactionMapper mapper;
  private final MeterRegistry meters;
  private final Timer lag;
  private final Counter erasedSubject;
  private final CommittingConsumer loop;

  TransactionArchiver(
      ArchiveProperties props,
      ArchiveWriter writer,
      ScoredTransactionMapper mapper,
      MeterRegistry meters) {
    this.props = props;
    this.writer = writer;
    this.mapper = mapper;
    this.meters = meters;
    this.lag =
        Timer.builder("finnexus.archive.lag")
            .description("time from the scored transaction's Kafka timestamp to its archive commit")
            .register(meters);
    this.erasedSubject =
        Counter.builder("finnexus.archive.erased-subject")
            .description(
                "records whose subject was erased before they arrived, archived without account"
                    + " and subject")
            .register(meters);
    this.loop =
        new CommittingConsumer(
            new CommittingConsumer.Settings(
                "transaction-archiver",
                props.bootstrapServers(),
                props.groupId(),
                props.topic(),
                props.maxPollRecords(),
                props.pollTimeout()),
            this::archive);
  }

  private void archive(ConsumerRecords<byte[], byte[]> records) {
    List<ArchiveRow> rows = new ArrayList<>(records.count());
    List<RejectedRecord> rejected = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      if (r.value() == null) {
        count("tombstone", 1); // an erasure's tombstone: nothing to archive, nothing to keep
        continue;
      }
      ArchiveRecord mapped = mapper.map(r);
      if (mapped instanceof ArchiveRow row) {
        rows.add(row);
      } else {
        rejected.add((RejectedRecord) mapped);
      }
    }
    ArchiveWriter.Outcome outcome = writer.write(rows, rejected);
    count("archived", outcome.archived());
    count("replayed", outcome.replayed());
    count("rejected", outcome.rejected());
    if (outcome.erasedSubject() > 0) {
      erasedSubject.increment(outcome.erasedSubject());
      LOG.info(
          "archived {} scored transaction(s) of erased subjects without account and subject",
          outcome.erasedSubject());
    }
    long now = Instant.now().toEpochMilli();
    rows.forEach(row -> lag.record(Duration.ofMillis(Math.max(0, now - row.kafkaTimestamp()))));
  }

  private void count(String outcome, int n) {
    meters.counter("finnexus.archive.records", "outcome", outcome).increment(n);
  }

  @Override
  public void start() {
    if (props.enabled()) {
      loop.start();
    }
  }

  @Override
  public void stop() {
    loop.stop();
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }
}
