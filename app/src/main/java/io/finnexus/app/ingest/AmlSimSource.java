package io.finnexus.app.ingest;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IBM AMLSim output (a folder with {@code nodes.csv} and {@code transactions.csv}) as transactions.
 *
 * <p>Each transfer becomes one DEBIT WIRE in USD on account {@code "A"+source} (customer {@code
 * "C"+source}) to {@code "A"+target}, at {@link #START} + step days + the data row index in
 * milliseconds (stable order within a day). A transfer is laundering (typology {@code CYCLE}, the
 * only pattern of the bundled set) when both endpoints are laundering accounts inside their
 * laundering period; {@link #launderingAccounts()} keeps AMLSim's own account-level labels.
 */
public final class AmlSimSource implements TransactionSource {
  /** Step 0 of the simulation. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static final long MILLIS_PER_DAY = Duration.ofDays(1).toMillis();
  private static final long MAX_STEP = 365L * 50;

  private final AmlSimNodes nodes;
  private final Deque<Reject> nodeRejects;
  private final TransferLines transfers;

  public AmlSimSource(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new UserInputException(
          folder + ": not a folder (amlsim needs nodes.csv and transactions.csv)");
    }
    this.nodes = new AmlSimNodes(folder.resolve("nodes.csv"));
    this.nodeRejects = new ArrayDeque<>(nodes.rejects());
    this.transfers = new TransferLines(folder.resolve("transactions.csv"));
  }

  @Override
  public boolean next(RowSink sink) throws IOException {
    if (!nodeRejects.isEmpty()) {
      sink.reject(nodeRejects.poll());
      return true;
    }
    return transfers.next(sink);
  }

  @Override
  public Set<String> launderingAccounts() {
    Set<String> accounts = new TreeSet<>();
    nodes.launderingNodes().forEach(node -> accounts.add(accountId(node)));
    return accounts;
  }

  static String accountId(long node) {
    return "A" + node;
  }

  @Override
  public void close() throws IOException {
    transfers.close();
  }

  private final class TransferLines extends LineSource {
    TransferLines(Path file) {
      super(file);
      readHeader();
    }

    @Override
    void checkHeader(List<String> columns) {
      if (columns.size() < 4 || !columns.get(0).strip().equals("sourceNodeId")) {
        throw new UserInputException(
            fileName()
                + ":1: not AMLSim transactions; expected sourceNodeId,targetNodeId,value,time");
      }
    }

    @Override
    LabelledTransaction parse(List<String> f, long rowIndex) throws RowRejectedException {
      if (f.size() != 4) {
        throw new RowRejectedException(
            RejectReason.WRONG_COLUMN_COUNT, "expected 4 columns, got " + f.size());
      }
      long source = node(f.get(0), "sourceNodeId");
      long target = node(f.get(1), "targetNodeId");
      var amount = TransactionChecks.money(Fields.amount(f.get(2), "value"));
      long step = Fields.integer(f.get(3), "time");
      if (step < 0 || step > MAX_STEP) {
        throw new RowRejectedException(
            RejectReason.BAD_TIMESTAMP, "time step out of range: " + step);
      }
      Instant time = START.plusMillis(step * MILLIS_PER_DAY + rowIndex % MILLIS_PER_DAY);
      Transaction tx =
          Transaction.newBuilder()
              .setTransactionId("AMLSIM-" + rowIndex)
              .setEventTime(time)
              .setAccountId(accountId(source))
              .setCustomerId("C" + source)
              .setDirection(Direction.DEBIT)
              .setCounterpartyAccountId(accountId(target))
              .setCounterpartyCustomerId("C" + target)
              .setAmount(amount)
              .setCurrency("USD")
              .setChannel(Channel.WIRE)
              .build();
      boolean laundering = nodes.launderingAt(source, step) && nodes.launderingAt(target, step);
      return new LabelledTransaction(tx, false, laundering, laundering ? Typology.CYCLE : null);
    }

    private long node(String value, String name) throws RowRejectedException {
      long node = Fields.integer(value, name);
      if (!nodes.contains(node)) {
        throw new RowRejectedException(
            RejectReason.UNKNOWN_ACCOUNT, name + " " + node + " is not in nodes.csv");
      }
      return node;
    }
  }
}
