package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.api.personal.PersonalFields;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scored transaction of a customer who was erased, arriving after the erasure (a replay, a record
 * held up upstream), leaves none of their personal data in the transaction archive, yet stays there
 * for reconciliation; another customer's transactions are archived as they came.
 */
class ErasedSubjectArchiveIT extends ApiTestSupport {

  private static final Instant AT = Instant.parse("2018-03-01T10:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired AlertUpserter upserter;
  @Autowired MeterRegistry meters;

  @Test
  void aScoredTransactionArrivingAfterItsCustomersErasureLeavesNoPersonalDataInTheArchive() {
    SubjectData late = SubjectData.of("late");
    ErasureSteps.relationship(
        jdbc, late.subject(), LocalDate.of(2010, 1, 1), LocalDate.of(2018, 12, 31));
    upserter.upsert(List.of(TestAlerts.cycle(late.alertId(1), late.subject(), AT, 0.6)));
    assertThat(ErasureSteps.execute(as("admin"), late.subject()).get("state").asString())
        .isEqualTo("EXECUTED");
    double before = erasedSubjectCount();

    late.produceTransactions(AT); // a replay, or a record held up upstream
    SubjectData kept = SubjectData.of("archived");
    kept.produceTransactions(AT);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                archived(late.transactionId(1), late.transactionId(2)) == 2
                    && archived(kept.transactionId(1), kept.transactionId(2)) == 2);

    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT * FROM monitored_transaction WHERE transaction_id IN (?, ?)",
            late.transactionId(1),
            late.transactionId(2));
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("account_id")).isEqualTo(PersonalFields.ERASED);
              assertThat(r.get("subject_id")).isNull();
              assertThat(r.get("amount_minor")).as("still reconcilable").isEqualTo(950_000L);
            });
    // (this fixture's transaction ids embed the subject id; real ones are opaque and stay, for
    // reconciliation to match the row with the ledger)
    assertThat(rows.toString())
        .doesNotContain(late.account(), late.counterpartyName(), late.memo());
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM monitored_transaction WHERE account_id = ? OR subject_id = ?",
                Long.class,
                late.account(),
                late.subject()))
        .isZero();
    assertThat(erasedSubjectCount() - before).isEqualTo(2.0);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM monitored_transaction WHERE account_id = ? AND subject_id = ?",
                Long.class,
                kept.account(),
                kept.subject()))
        .as("another customer's transactions are archived as they came")
        .isEqualTo(2);
  }

  private long archived(String... transactionIds) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM monitored_transaction WHERE transaction_id = ANY(?)",
        Long.class,
        (Object) transactionIds);
  }

  private double erasedSubjectCount() {
    var counter = meters.find("finnexus.archive.erased-subject").counter();
    return counter == null ? 0 : counter.count();
  }
}
