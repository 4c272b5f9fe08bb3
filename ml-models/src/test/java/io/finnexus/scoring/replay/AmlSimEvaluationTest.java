package io.finnexus.scoring.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AmlSimEvaluationTest {

  @Test
  void complete_amlsim_cycles_are_found_without_false_accounts_dominating() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(AmlSimFixture.FOLDER), "AMLSim data not present");
    AmlSimFixture data = new AmlSimFixture(AmlSimFixture.FOLDER);
    for (int days : new int[] {30, 150}) {
      AmlThresholds t = AmlThresholds.defaults();
      t = t.withCycle(t.cycle().withWindow(Duration.ofDays(days)));
      Evaluator evaluator =
          new Evaluator(
              new ReplayScorer(
                  t, new FraudScorer(FraudThresholds.defaults()), LedgerMode.SINGLE_ENTRY));
      long start = System.nanoTime();
      data.rows.forEach(evaluator::accept);
      EvaluationReport report = evaluator.report(data.launderingAccounts);
      System.out.printf(
          "cycle window %d d (%.1f s)%n%s%n%s%n",
          days, (System.nanoTime() - start) / 1e9, report.table(), report.evalLine());
      if (days == 150) {
        assertThat(report.accounts().truePositives()).isGreaterThan(90);
        assertThat(report.accounts().precision()).isGreaterThan(0.6);
      }
    }
  }
}
