package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.retention.RetentionDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two writers (the streams app and the Flink job, each with its own key cache) meet a new subject
 * at the same moment: both mint a data key, one insert wins, and both encrypt under the winner's,
 * so every value either of them wrote opens for both and for a third reader.
 */
class ConcurrentMintIT {

  private static final int SUBJECTS = 200;

  @Test
  void racingWritersEndUpWithOneKeyPerSubject() throws Exception {
    DataSource db = RetentionDatabase.fresh("concurrent_mint");
    JdbcSubjectKeyStore store = new JdbcSubjectKeyStore(db);
    List<PersonalDataCipher> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(
          new EnvelopePersonalDataCipher(
              new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<String[]>>> written = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      PersonalDataCipher writer = writers.get(t % 2);
      String name = "writer-" + t;
      Callable<List<String[]>> job =
          () -> {
            go.await();
            List<String[]> tokens = new ArrayList<>();
            for (int s = 0; s < SUBJECTS; s++) {
              String subject = "racing-" + s;
              tokens.add(
                  new String[] {subject, name, writer.encrypt(subject, "memo", name + "/" + s)});
            }
            return tokens;
          };
      written.add(pool.submit(job));
    }
    go.countDown();
    PersonalDataCipher reader =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS));
    int opened = 0;
    for (Future<List<String[]>> f : written) {
      for (String[] t : f.get()) {
        String expected = t[1] + "/" + t[0].substring("racing-".length());
        assertThat(reader.decrypt(t[0], "memo", t[2])).contains(expected);
        for (PersonalDataCipher writer : writers) {
          assertThat(writer.decrypt(t[0], "memo", t[2])).contains(expected);
        }
        opened++;
      }
    }
    pool.shutdown();
    assertThat(opened).isEqualTo(4 * SUBJECTS);
    assertThat(RetentionDatabase.longValue(db, "SELECT count(*) FROM subject_key"))
        .isEqualTo(SUBJECTS);
  }
}
