package io.finnexus.app.ingest;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the {@link GeneratedCsv} format back, re-validating every row, so a file edited by hand or
 * by another tool is checked like any other import.
 */
public final class GeneratedCsvSource extends LineSource {
  private static final int COLUMNS = GeneratedCsv.COLUMNS.size();

  public GeneratedCsvSource(Path file) {
    super(file);
    readHeader();
  }

  @Override
  void checkHeader(List<String> columns) {
    if (!columns.equals(GeneratedCsv.COLUMNS)) {
      throw new UserInputException(
          fileName()
              + ":1: not a finnexus generated CSV; header must be: "
              + String.join(",", GeneratedCsv.COLUMNS));
    }
  }

  @Override
  LabelledTransaction parse(List<String> f, long rowIndex) throws RowRejectedException {
    if (f.size() != COLUMNS) {
      throw new RowRejectedException(
          RejectReason.WRONG_COLUMN_COUNT, "expected " + COLUMNS + " columns, got " + f.size());
    }
    Transaction tx =
        new Transaction(
            Fields.id(f.get(0), "transaction_id"),
            Fields.instant(f.get(1), "event_time"),
            Fields.id(f.get(2), "account_id"),
            Fields.id(f.get(3), "customer_id"),
            Fields.enumValue(Direction.class, f.get(4), "direction"),
            Fields.id(f.get(5), "counterparty_account_id"),
            Fields.optional(f.get(6)),
            Fields.optional(f.get(7)),
            Fields.optional(f.get(8)),
            Fields.amount(f.get(9), "amount"),
            Fields.required(f.get(10), "currency"),
            Fields.enumValue(Channel.class, f.get(11), "channel"),
            Fields.optional(f.get(12)),
            Fields.optional(f.get(13)),
            Fields.optional(f.get(14)),
            Fields.optional(f.get(15)),
            Fields.optional(f.get(16)),
            Fields.optional(f.get(17)));
    TransactionChecks.check(tx);
    boolean fraud = Fields.label(f.get(18), "label_fraud");
    boolean laundering = Fields.label(f.get(19), "label_aml");
    String typologyName = Fields.optional(f.get(20));
    Typology typology =
        typologyName == null ? null : Fields.enumValue(Typology.class, typologyName, "typology");
    return new LabelledTransaction(tx, fraud, laundering, typology);
  }
}
