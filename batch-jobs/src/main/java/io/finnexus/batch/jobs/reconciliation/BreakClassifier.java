package io.finnexus.batch.jobs.reconciliation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks breaks that an operator has explained ({@code reconciliation_explanation}, matched on the
 * break key) and gives every other one its alert id.
 */
public class BreakClassifier implements ItemProcessor<KeyedBreak, BreakRow> {

  private final JdbcTemplate jdbc;
  private final long runId;
  private final LocalDate runDate;
  private Map<String, String> explanations;

  public BreakClassifier(JdbcTemplate jdbc, long runId, LocalDate runDate) {
    this.jdbc = jdbc;
    this.runId = runId;
    this.runDate = runDate;
  }

  @Override
  public BreakRow process(KeyedBreak item) {
    String explanation = explanations().get(item.key());
    String alertId = explanation == null ? BreakRow.alertId(runDate, item.key()) : null;
    return new BreakRow(runId, runDate, item, explanation, alertId);
  }

  private Map<String, String> explanations() {
    if (explanations == null) {
      Map<String, String> map = new HashMap<>();
      jdbc.query(
          "SELECT break_key, reason FROM reconciliation_explanation",
          rs -> {
            map.put(rs.getString(1), rs.getString(2));
          });
      explanations = map;
    }
    return explanations;
  }
}
