package io.finnexus.batch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MinorUnitsTest {

  @Test
  void converts_exactly_by_the_currency_digits() {
    assertThat(MinorUnits.toMinor(new BigDecimal("18.150"), "EUR")).isEqualTo(1815);
    assertThat(MinorUnits.toMinor(new BigDecimal("2700"), "JPY")).isEqualTo(2700);
    assertThat(MinorUnits.toMinor(new BigDecimal("1.234"), "BHD")).isEqualTo(1234);
    assertThat(MinorUnits.toMinor(new BigDecimal("1E+3"), "EUR")).isEqualTo(100_000);
    assertThat(MinorUnits.toMinor(new BigDecimal("92233720368547758.07"), "EUR"))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void rejects_what_does_not_fit_with_a_reason() {
    assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("8.855"), "EUR"))
        .hasMessage("amount 8.855 EUR has more than 2 decimals or is too large");
    assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("92233720368547758.08"), "EUR"))
        .hasMessage("amount 92233720368547758.08 EUR has more than 2 decimals or is too large");
  }

  /** Found by StatementParserFuzzTest: rescaling these stalled a ledger read for minutes. */
  @Test
  @Timeout(5)
  void huge_exponents_are_rejected_at_once() {
    assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("1E+99999999"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 1E+99999999 EUR has more than 2 decimals or is too large");
    assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("1E-99999999"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 1E-99999999 EUR has more than 2 decimals or is too large");
  }
}
