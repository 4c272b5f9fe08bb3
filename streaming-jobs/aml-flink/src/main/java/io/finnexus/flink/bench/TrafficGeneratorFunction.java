package io.finnexus.flink.bench;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.serde.TransactionParser;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Generates {@link SyntheticTraffic} inside a Flink {@code DataGeneratorSource}: each transaction
 * is Avro-encoded with the schemas codec and parsed back by the job's own {@link
 * TransactionParser}, so the benchmark and the tests pay for and exercise the same decoding and
 * validation as the Kafka source. Every {@code invalidEvery}-th record (0 = none) is garbage, which
 * must reach the DLQ.
 */
public class TrafficGeneratorFunction implements GeneratorFunction<Long, ParsedTransaction> {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int accounts;
  private final long spacingMillis;
  private final LedgerMode mode;
  private final long invalidEvery;
  private transient SyntheticTraffic traffic;
  private transient TransactionParser parser;

  public TrafficGeneratorFunction(
      long seed, int accounts, long spacingMillis, LedgerMode mode, long invalidEvery) {
    this.seed = seed;
    this.accounts = accounts;
    this.spacingMillis = spacingMillis;
    this.mode = mode;
    this.invalidEvery = invalidEvery;
  }

  @Override
  public void open(SourceReaderContext readerContext) {
    traffic = traffic();
    parser = new TransactionParser(mode, Clock.systemUTC());
  }

  public SyntheticTraffic traffic() {
    return new SyntheticTraffic(seed, accounts, spacingMillis);
  }

  @Override
  public ParsedTransaction map(Long index) {
    long i = index;
    byte[] value;
    if (invalidEvery > 0 && i % invalidEvery == invalidEvery - 1) {
      value = ("not avro " + i).getBytes(StandardCharsets.UTF_8);
    } else {
      value = FinNexusSerdes.transactionCodec().encode(traffic.transaction(i));
    }
    return parser.parse(null, value, "generator@" + i, 0L);
  }
}
