package io.finnexus.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @ParameterizedTest
  @CsvSource({"1234.5, 1234.5", "' 0.01 ', 0.01", "-7, -7", "+3.250, 3.250", ".5, 0.5", "10., 10"})
  void parsesPlainDecimalsExactly(String text, String expected) {
    assertThat(Amounts.parse(text))
        .isEqualTo(new AmountParseResult.Parsed(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "+inf", "INF"})
  void refusesNonFiniteValues(String text) {
    assertReason(text, ReasonCode.NON_FINITE_AMOUNT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e5",
        "1E+999999999",
        "1,234.50",
        "12,50",
        "€12",
        "12 EUR",
        "0x1F",
        "--1",
        ".",
        "1.2.3",
        "١٢٣",
        "99999999999999999999999999999999999999999"
      })
  void refusesAnythingElse(String text) {
    assertReason(text, ReasonCode.MALFORMED_AMOUNT);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void emptyTextIsAMissingAmount(String text) {
    assertReason(text, ReasonCode.MISSING_FIELD);
  }

  private static void assertReason(String text, ReasonCode code) {
    AmountParseResult result = Amounts.parse(text);
    assertThat(result).isInstanceOf(Rejection.class);
    Rejection rejection = (Rejection) result;
    assertThat(rejection.reasonCode()).isEqualTo(code);
    assertThat(rejection.field()).isEqualTo("amount");
    byte[] expectedRaw = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    assertThat(rejection.rawBytes()).isEqualTo(expectedRaw);
  }
}
