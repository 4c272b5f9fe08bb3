package io.finnexus.scoring.replay;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Minimal AMLSim reader for tests (the CLI uses the app's importer): account "A"+id, customer
 * "C"+id, one DEBIT WIRE in USD per transfer at 2026-01-01 + step days; a transfer is laundering
 * when both ends are laundering accounts.
 */
final class AmlSimFixture {
  static final Path FOLDER = Path.of("/work/shared/data/aml/amlsim-20K_cycle200");
  final List<LabelledTransaction> rows = new ArrayList<>();
  final Set<String> launderingAccounts = new TreeSet<>();

  AmlSimFixture(Path folder) throws IOException {
    Map<String, Boolean> fraud = new HashMap<>();
    for (String line : Files.readAllLines(folder.resolve("nodes.csv")).subList(1, 20001)) {
      String[] f = line.split(",");
      fraud.put(f[0], f[1].equals("1"));
      if (f[1].equals("1")) {
        launderingAccounts.add("A" + f[0]);
      }
    }
    List<String> lines = Files.readAllLines(folder.resolve("transactions.csv"));
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      Transaction tx =
          Transaction.newBuilder()
              .setTransactionId("AMLSIM-" + i)
              .setEventTime(start.plusSeconds(Long.parseLong(f[3]) * 86_400).plusMillis(i))
              .setAccountId("A" + f[0])
              .setCustomerId("C" + f[0])
              .setDirection(Direction.DEBIT)
              .setCounterpartyAccountId("A" + f[1])
              .setCounterpartyCustomerId("C" + f[1])
              .setAmount(new BigDecimal(f[2]).setScale(4))
              .setCurrency("USD")
              .setChannel(Channel.WIRE)
              .build();
      boolean laundering = fraud.get(f[0]) && fraud.get(f[1]);
      rows.add(new LabelledTransaction(tx, false, laundering, laundering ? Typology.CYCLE : null));
    }
    rows.sort(java.util.Comparator.comparing(r -> r.transaction().getEventTime()));
  }
}
