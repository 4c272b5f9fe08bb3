package io.finnexus.embedded.history;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.embedded.history.HistoryCheck.AuditRecord;
import io.finnexus.embedded.history.HistoryCheck.ChainVerdict;
import io.finnexus.embedded.history.HistoryCheck.StoredAlert;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCheckTest {

  private static final ChainVerdict INTACT = new ChainVerdict(true, 3, null, null);

  @Test
  void aCompleteHistoryPasses() {
    assertThatCode(
            () ->
                HistoryCheck.after("a restart")
                    .inputsProduced(List.of("tx-1", "tx-2"))
                    .processedOncePerInput("scored", List.of("tx-2", "tx-1"))
                    .alerts("store", List.of("A1"), List.of(alert("A1", "tx-1")))
                    .auditedOnce(
                        List.of(new AuditRecord("ALERT_CLOSE", "A1")),
                        List.of(new AuditRecord("ALERT_CLOSE", "A1")))
                    .auditChain(INTACT)
                    .verify())
        .doesNotThrowAnyException();
  }

  @Test
  void namesTheLostAndTheDuplicatedInputs() {
    assertThatThrownBy(
            () ->
                HistoryCheck.after("a broker restart")
                    .inputsProduced(List.of("tx-1", "tx-2", "tx-3"))
                    .processedOncePerInput("scored", List.of("tx-1", "tx-1", "tx-3", "tx-9"))
                    .verify())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("history after a broker restart")
        .hasMessageContaining("scored: expected 3 (3 distinct), found 4 (3 distinct)")
        .hasMessageContaining("scored lost (1): tx-2")
        .hasMessageContaining("scored duplicated (1): tx-1 (2x, expected 1)")
        .hasMessageContaining("scored not expected (1): tx-9");
  }

  @Test
  void namesMissingDuplicatedAndPhantomAlerts() {
    assertThatThrownBy(
            () ->
                HistoryCheck.after("a database restart")
                    .inputsProduced(List.of("tx-1"))
                    .alerts(
                        "alert table",
                        List.of("A1", "A2"),
                        List.of(alert("A1", "tx-1"), alert("A1", "tx-1"), alert("A3", "tx-7")))
                    .verify())
        .hasMessageContaining("alerts in alert table lost (1): A2")
        .hasMessageContaining("alerts in alert table duplicated (1): A1 (2x, expected 1)")
        .hasMessageContaining("alerts in alert table not expected (1): A3")
        .hasMessageContaining("about inputs never produced (1): A3 (about [tx-7])");
  }

  @Test
  void anAlertIdATopicCarriesTwiceByDesignIsNotADuplicate() {
    assertThatCode(
            () ->
                HistoryCheck.after("a restart")
                    .alerts("topic", List.of("A1", "A1"), List.of(alert("A1"), alert("A1")))
                    .verify())
        .doesNotThrowAnyException();
  }

  @Test
  void namesAuditEntriesMissingOrWrittenTwiceAndABrokenChain() {
    AuditRecord closeA1 = new AuditRecord("ALERT_CLOSE", "A1");
    AuditRecord closeA2 = new AuditRecord("ALERT_CLOSE", "A2");
    assertThatThrownBy(
            () ->
                HistoryCheck.after("a killed instance")
                    .auditedOnce(List.of(closeA1, closeA1), List.of(closeA1, closeA2))
                    .auditChain(new ChainVerdict(false, 9, 7L, "hash does not match"))
                    .verify())
        .hasMessageContaining("audit entries lost (1): ALERT_CLOSE A2")
        .hasMessageContaining("audit entries duplicated (1): ALERT_CLOSE A1 (2x, expected 1)")
        .hasMessageContaining("audit chain broken at seq 7 of 9: hash does not match");
  }

  @Test
  void aCheckOfNothingFails() {
    assertThatThrownBy(() -> HistoryCheck.after("x").verify())
        .hasMessageContaining("nothing was checked");
    assertThatThrownBy(() -> HistoryCheck.after("x").alerts("store", List.of(), List.of()).verify())
        .hasMessageContaining("nothing was proven");
  }

  @Test
  void showsAtMostTwentyIdsPerProblem() {
    List<String> many = java.util.stream.IntStream.range(0, 25).mapToObj(i -> "tx-" + i).toList();
    assertThatThrownBy(
            () ->
                HistoryCheck.after("x")
                    .inputsProduced(many)
                    .processedOncePerInput("scored", List.of())
                    .verify())
        .hasMessageContaining("scored lost (25)")
        .hasMessageContaining("… and 5 more");
  }

  private static StoredAlert alert(String id, String... sources) {
    return new StoredAlert(id, List.of(sources));
  }
}
