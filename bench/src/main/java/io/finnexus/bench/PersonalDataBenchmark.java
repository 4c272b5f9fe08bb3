package io.finnexus.bench;

import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.StoredSubjectKey;
import io.finnexus.retention.crypto.SubjectKeyStore;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.retention.crypto.WrappedKey;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Sealing and opening personal fields (AES-256-GCM under per-subject data keys, the data keys in
 * their cache) on one thread, in operations per second, with the alert queue's shape: 2,000
 * customers, an alert row = its account id and summary, each sealed under the row's customer. The
 * list endpoint opens one row per alert shown (50 a page). Run: {@code ./mvnw -pl bench compile
 * exec:exec -Djmh.args="PersonalData"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PersonalDataBenchmark {

  private static final int CUSTOMERS = 2_000;
  private static final String ACCOUNT = "alert.account_id";
  private static final String SUMMARY = "alert.summary";

  private PersonalDataCipher cipher;
  private String[] accounts;
  private String[] summaries;
  private int next;

  @Setup
  public void sealRows() {
    byte[] master = new byte[32];
    new SecureRandom().nextBytes(master);
    cipher =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(
                new InMemoryKeys(),
                new LocalMasterKeys(1, Map.of(1, master)),
                CipherSettings.DEFAULTS));
    accounts = new String[CUSTOMERS];
    summaries = new String[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      accounts[i] = cipher.encrypt(customer(i), ACCOUNT, "ACC-" + i);
      summaries[i] = cipher.encrypt(customer(i), SUMMARY, "Cycle of 4 transfers, 12,480.00 EUR");
    }
  }

  /** Opens one alert row: its account id and summary. */
  @Benchmark
  public int openAlertRow() {
    int i = next();
    return cipher.decrypt(customer(i), ACCOUNT, accounts[i]).orElseThrow().length()
        + cipher.decrypt(customer(i), SUMMARY, summaries[i]).orElseThrow().length();
  }

  /** Seals one summary, as alert intake does for every alert stored. */
  @Benchmark
  public String sealSummary() {
    int i = next();
    return cipher.encrypt(customer(i), SUMMARY, "Cycle of 4 transfers, 12,480.00 EUR");
  }

  private int next() {
    next = (next + 1) % CUSTOMERS;
    return next;
  }

  private static String customer(int i) {
    return "CUST-" + i;
  }

  /** The key store in memory: this measures the cipher and key cache, not a database. */
  private static final class InMemoryKeys implements SubjectKeyStore {
    private final Map<String, StoredSubjectKey> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredSubjectKey> find(String subjectId) {
      return Optional.ofNullable(rows.get(subjectId));
    }

    @Override
    public StoredSubjectKey insertIfAbsent(String subjectId, WrappedKey wrapped) {
      return rows.computeIfAbsent(subjectId, s -> new StoredSubjectKey(s, wrapped, 1));
    }

    @Override
    public boolean shred(String subjectId) {
      throw new UnsupportedOperationException("not measured");
    }

    @Override
    public List<StoredSubjectKey> liveKeysNotOnVersion(int version, int limit) {
      return List.of();
    }

    @Override
    public boolean rewrap(String subjectId, int expectedMasterVersion, WrappedKey rewrapped) {
      throw new UnsupportedOperationException("not measured");
    }

    @Override
    public long countLiveOnVersion(int version) {
      return rows.size();
    }
  }
}
