package io.finnexus.app.ingest;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rows in the {@link GeneratedCsv} format; the header is written on construction. */
public final class GeneratedCsvWriter implements Closeable {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);
  private long rows;

  public GeneratedCsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(String.join(",", GeneratedCsv.COLUMNS));
    out.write('\n');
  }

  public static GeneratedCsvWriter open(Path file) throws IOException {
    return new GeneratedCsvWriter(
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
  }

  public void write(LabelledTransaction row) throws IOException {
    Transaction tx = row.transaction();
    line.setLength(0);
    field(tx.getTransactionId()).field(tx.getEventTime().toString()).field(tx.getAccountId());
    field(tx.getCustomerId()).field(tx.getDirection().name());
    field(tx.getCounterpartyAccountId()).field(tx.getCounterpartyCustomerId());
    field(tx.getCounterpartyName()).field(tx.getCounterpartyCountry());
    field(plain(tx.getAmount())).field(tx.getCurrency()).field(tx.getChannel().name());
    field(tx.getCardId()).field(tx.getMerchantId()).field(tx.getMerchantCategory());
    field(tx.getDeviceId()).field(tx.getLocationCountry()).field(tx.getMemo());
    field(Boolean.toString(row.fraud())).field(Boolean.toString(row.laundering()));
    CsvLine.appendField(line, row.typology() == null ? null : row.typology().name());
    line.append('\n');
    out.append(line);
    rows++;
  }

  private GeneratedCsvWriter field(String value) {
    CsvLine.appendField(line, value);
    line.append(',');
    return this;
  }

  /** Plain decimal, no exponent, trailing zeros beyond cents dropped: 12.5000 → 12.50. */
  static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
