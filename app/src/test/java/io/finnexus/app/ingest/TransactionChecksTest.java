package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The amount rule every importer applies: positive, at most 4 decimals, fits decimal(18,4). */
class TransactionChecksTest {

  @Test
  void amounts_are_scaled_to_four_decimals_exactly() throws Exception {
    assertThat(TransactionChecks.money(new BigDecimal("12.5"))).hasToString("12.5000");
    assertThat(TransactionChecks.money(new BigDecimal("1E+3"))).hasToString("1000.0000");
    assertThat(TransactionChecks.money(new BigDecimal("0.12340000"))).hasToString("0.1234");
    assertThat(TransactionChecks.money(new BigDecimal("99999999999999.9999")))
        .hasToString("99999999999999.9999");
  }

  /** Found by ImporterFuzzTest: setScale on these stalled an import for seconds to minutes. */
  @Test
  @Timeout(5)
  void huge_exponents_are_rejected_at_once_with_the_reason() {
    for (String amount : new String[] {"1E+99999999", "1E+9999999", "1E+999999", "1E+15"}) {
      assertThatThrownBy(() -> TransactionChecks.money(new BigDecimal(amount)))
          .isInstanceOf(RowRejectedException.class)
          .hasMessage("amount too large for decimal(18,4)");
    }
    for (String amount : new String[] {"1E-99999999", "1E-999999", "0.00001"}) {
      assertThatThrownBy(() -> TransactionChecks.money(new BigDecimal(amount)))
          .isInstanceOf(RowRejectedException.class)
          .hasMessage("amount has more than 4 decimals");
    }
  }
}
