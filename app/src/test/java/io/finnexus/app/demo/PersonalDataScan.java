package io.finnexus.app.demo;

import io.finnexus.app.generate.TrafficGenerator;
import io.finnexus.schemas.avro.Transaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The personal data the demo's traffic carries (the generator's counterparty names and the account
 * numbers of counterparties at other banks, the IBANs of real traffic), and a scan of log files for
 * any of it: a compliance engine's logs must never hold personal data.
 */
final class PersonalDataScan {

  private PersonalDataScan() {}

  /** What the demo's generator puts into transactions (same seed: 42, as DemoTraffic). */
  static Set<String> generatorsPersonalData(int accounts, int days) {
    Set<String> secrets = new TreeSet<>();
    var start = LocalDate.now(ZoneOffset.UTC).minusDays(days);
    for (var row : new TrafficGenerator(accounts, days, 42, start).generate(null).rows()) {
      Transaction tx = row.transaction();
      if (tx.getCounterpartyName() != null && tx.getCounterpartyName().length() >= 6) {
        secrets.add(tx.getCounterpartyName());
      }
      if (tx.getCounterpartyCustomerId() == null
          && tx.getCounterpartyAccountId().matches("(EXT|EMP)-.*")) {
        secrets.add(tx.getCounterpartyAccountId());
      }
    }
    return secrets;
  }

  /** "file: secret" for every secret found in a file under {@code dir} or in {@code files}. */
  static List<String> leaks(Set<String> secrets, Path dir, Path... files) throws IOException {
    List<Path> scanned = new ArrayList<>(List.of(files));
    try (Stream<Path> logs = Files.walk(dir)) {
      logs.filter(p -> p.toString().endsWith(".log")).forEach(scanned::add);
    }
    List<String> found = new ArrayList<>();
    for (Path file : scanned) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      secrets.stream().filter(text::contains).forEach(s -> found.add(file + ": " + s));
    }
    return found;
  }
}
