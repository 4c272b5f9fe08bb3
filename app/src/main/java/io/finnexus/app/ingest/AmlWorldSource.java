package io.finnexus.app.ingest;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * IBM AMLworld transaction CSV ({@code Timestamp,From Bank,Account,To Bank,Account,Amount
 * Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering}).
 *
 * <p>Each row becomes one DEBIT on the paying account ({@code account_id} = the first Account,
 * customer {@code "C"+account}) to the second Account, for the amount paid in the payment currency,
 * at the timestamp read as UTC. {@code Is Laundering} becomes {@code label_aml}; AMLworld names no
 * pattern per row, so {@code typology} stays empty. Ids are {@code AMLWORLD-<line>}.
 */
public final class AmlWorldSource extends LineSource {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
  private static final int COLUMNS = 11;

  public AmlWorldSource(Path file) {
    super(file);
    readHeader();
  }

  @Override
  void checkHeader(List<String> columns) {
    if (columns.size() != COLUMNS
        || !columns.get(0).strip().equals("Timestamp")
        || !columns.get(10).strip().equals("Is Laundering")) {
      throw new UserInputException(
          fileName()
              + ":1: not an AMLworld transaction CSV; expected Timestamp,From Bank,Account,"
              + "To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,"
              + "Payment Format,Is Laundering");
    }
  }

  @Override
  LabelledTransaction parse(List<String> f, long rowIndex) throws RowRejectedException {
    if (f.size() != COLUMNS) {
      throw new RowRejectedException(
          RejectReason.WRONG_COLUMN_COUNT, "expected " + COLUMNS + " columns, got " + f.size());
    }
    String from = Fields.id(f.get(2), "Account (from)");
    String to = Fields.id(f.get(4), "Account (to)");
    Transaction tx =
        Transaction.newBuilder()
            .setTransactionId("AMLWORLD-" + (rowIndex + 2))
            .setEventTime(timestamp(f.get(0)))
            .setAccountId(from)
            .setCustomerId("C" + from)
            .setDirection(Direction.DEBIT)
            .setCounterpartyAccountId(to)
            .setCounterpartyCustomerId("C" + to)
            .setAmount(TransactionChecks.money(Fields.amount(f.get(7), "Amount Paid")))
            .setCurrency(AmlWorldCodes.currency(f.get(8)))
            .setChannel(AmlWorldCodes.channel(f.get(9)))
            .build();
    TransactionChecks.check(tx);
    boolean laundering = Fields.label(f.get(10), "Is Laundering");
    return new LabelledTransaction(tx, false, laundering, null);
  }

  private static Instant timestamp(String value) throws RowRejectedException {
    String text = Fields.required(value, "Timestamp").strip();
    try {
      return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          RejectReason.BAD_TIMESTAMP, "Timestamp not yyyy/MM/dd HH:mm: " + Fields.abbreviate(text));
    }
  }
}
