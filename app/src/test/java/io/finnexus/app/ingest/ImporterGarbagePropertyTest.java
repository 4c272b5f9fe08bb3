package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.scoring.LabelledTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a data line holds, every importer turns it into exactly one row or one typed reject. */
class ImporterGarbagePropertyTest {
  private static final String AMLWORLD_HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
          + "Amount Paid,Payment Currency,Payment Format,Is Laundering";

  @Property(tries = 1000)
  void generated_csv_never_throws(@ForAll("lines") byte[] line) throws Exception {
    Path file = Files.createTempFile("garbage", ".csv");
    try {
      Files.write(file, withHeader(String.join(",", GeneratedCsv.COLUMNS), line));
      assertOneOutcome(new GeneratedCsvSource(file), 2);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 1000)
  void amlworld_never_throws(@ForAll("lines") byte[] line) throws Exception {
    Path file = Files.createTempFile("garbage", ".csv");
    try {
      Files.write(file, withHeader(AMLWORLD_HEADER, line));
      assertOneOutcome(new AmlWorldSource(file), 2);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 1000)
  void amlsim_never_throws(@ForAll("lines") byte[] line) throws Exception {
    Path folder = Files.createTempDirectory("amlsim");
    try {
      Files.writeString(
          folder.resolve("nodes.csv"),
          "nodeid,isFraud,init_balance,fraudStep\n0,0,10.5,-1\n1,1,20.0,3\n2,1,5,0\n");
      Files.write(
          folder.resolve("transactions.csv"),
          withHeader("sourceNodeId,targetNodeId,value,time", line));
      assertOneOutcome(new AmlSimSource(folder), 2);
    } finally {
      Files.deleteIfExists(folder.resolve("nodes.csv"));
      Files.deleteIfExists(folder.resolve("transactions.csv"));
      Files.deleteIfExists(folder);
    }
  }

  private static byte[] withHeader(String header, byte[] line) {
    byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(head, head.length + line.length + 1);
    System.arraycopy(line, 0, all, head.length, line.length);
    all[all.length - 1] = '\n';
    return all;
  }

  private static void assertOneOutcome(TransactionSource source, long line) throws Exception {
    List<Object> outcomes = new ArrayList<>();
    try (source) {
      source.drainTo(
          new RowSink() {
            @Override
            public void accept(LabelledTransaction row) {
              outcomes.add(row);
            }

            @Override
            public void reject(Reject reject) {
              outcomes.add(reject);
            }
          });
    }
    assertThat(outcomes).hasSize(1);
    if (outcomes.get(0) instanceof Reject reject) {
      assertThat(reject.line()).isEqualTo(line);
      assertThat(reject.reason()).isNotNull();
      assertThat(reject.detail()).isNotBlank();
    } else {
      LabelledTransaction row = (LabelledTransaction) outcomes.get(0);
      assertThat(row.transaction().getAmount().signum()).isPositive();
      assertThat(row.transaction().getAmount().scale()).isEqualTo(4);
    }
  }

  /** Raw bytes (invalid UTF-8 included), free text, or comma-joined plausible/hostile tokens. */
  @Provide
  Arbitrary<byte[]> lines() {
    Arbitrary<byte[]> raw =
        Arbitraries.bytes().filter(b -> b != '\n' && b != '\r').array(byte[].class).ofMaxSize(120);
    Arbitrary<String> text =
        Arbitraries.strings()
            .all()
            .ofMaxLength(200)
            .filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0);
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(
                "",
                "0",
                "1",
                "2",
                "-1",
                "true",
                "false",
                "DEBIT",
                "CREDIT",
                "CARD",
                "WIRE",
                "USD",
                "EUR",
                "Bitcoin",
                "US Dollar",
                "Wire",
                "ACH",
                "12.50",
                "0.00",
                "-5",
                "1e400",
                "99999999999999999999.99999",
                "2026-01-01T00:00:00Z",
                "2022/09/01 00:20",
                "\"",
                "\"\"",
                "\"a,b\"",
                "STRUCTURING",
                "US",
                "5411",
                "NaN",
                " ",
                "\u0000"),
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.bigDecimals().ofScale(6).map(Object::toString),
            Arbitraries.longs().map(String::valueOf));
    Arbitrary<String> fields =
        token
            .list()
            .ofMinSize(0)
            .ofMaxSize(25)
            .map(list -> String.join(",", list))
            .filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0);
    return Arbitraries.oneOf(
        raw, Arbitraries.oneOf(text, fields).map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }
}
