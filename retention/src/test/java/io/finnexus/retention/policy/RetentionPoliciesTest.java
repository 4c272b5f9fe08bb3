package io.finnexus.retention.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RetentionPoliciesTest {

  @Test
  void defaults_keep_aml_records_five_years_and_every_category_has_a_legal_basis() {
    RetentionPolicies defaults = RetentionPolicies.defaults();

    assertThat(defaults.of(DataCategory.SAR).period()).isEqualTo(Period.ofYears(5));
    assertThat(defaults.of(DataCategory.CASE).period()).isEqualTo(Period.ofYears(5));
    assertThat(defaults.of(DataCategory.ALERT).period()).isEqualTo(Period.ofYears(5));
    for (DataCategory c : DataCategory.values()) {
      assertThat(c.legalBasis()).as(c.name()).containsPattern("Art\\.|CFR");
    }
  }

  @Test
  void a_configured_period_overrides_the_default() {
    Properties props = new Properties();
    props.setProperty("finnexus.retention.period.scored-transaction", "P6M");

    assertThat(RetentionPolicies.fromProperties(props).of(DataCategory.SCORED_TRANSACTION).period())
        .isEqualTo(Period.ofMonths(6));
  }

  @Test
  void a_malformed_or_non_positive_period_is_refused_not_defaulted() {
    Properties bad = new Properties();
    bad.setProperty("finnexus.retention.period.sar", "5 years");
    assertThatThrownBy(() -> RetentionPolicies.fromProperties(bad)).hasMessageContaining("sar");

    Properties zero = new Properties();
    zero.setProperty("finnexus.retention.period.alert", "P0D");
    assertThatThrownBy(() -> RetentionPolicies.fromProperties(zero))
        .hasMessageContaining("positive");
  }

  @Test
  void the_cutoff_is_calendar_arithmetic_in_utc() {
    RetentionPolicy fiveYears = RetentionPolicies.defaults().of(DataCategory.SAR);

    assertThat(fiveYears.cutoff(Instant.parse("2030-02-28T10:00:00Z")))
        .isEqualTo(Instant.parse("2025-02-28T10:00:00Z"));
  }
}
