package io.finnexus.retention.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.retention.erasure.BusinessRelationships.Relationship;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmlRecordKeepingObligationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private final Map<String, Relationship> customers =
      Map.of(
          "active", new Relationship(LocalDate.of(2020, 1, 1), null),
          "recent", new Relationship(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 3, 15)),
          "old", new Relationship(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 5, 31)));
  private final AmlRecordKeepingObligation aml =
      new AmlRecordKeepingObligation(
          id -> Optional.ofNullable(customers.get(id)), AmlRecordKeepingObligation.DEFAULT_PERIOD);

  @Test
  void an_active_customer_is_deferred_without_an_end_date() {
    Deferral deferral = aml.check("active", TODAY).orElseThrow();

    assertThat(deferral.until()).isNull();
    assertThat(deferral.legalReason()).contains("Art. 40").contains("still active");
  }

  @Test
  void a_customer_who_left_recently_is_deferred_until_five_years_after_the_end() {
    assertThat(aml.check("recent", TODAY).orElseThrow().until())
        .isEqualTo(LocalDate.of(2029, 3, 15));
  }

  @Test
  void after_five_years_or_for_a_non_customer_nothing_defers() {
    assertThat(aml.check("old", TODAY)).isEmpty();
    assertThat(aml.check("counterparty-only", TODAY)).isEmpty();
  }

  @Test
  void the_period_is_configurable_and_a_longer_national_period_extends_the_deferral() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty(AmlRecordKeepingObligation.PROPERTY, "P10Y");
    var tenYears =
        new AmlRecordKeepingObligation(
            id -> Optional.ofNullable(customers.get(id)),
            AmlRecordKeepingObligation.periodFrom(props));

    assertThat(tenYears.check("old", TODAY).orElseThrow().until())
        .isEqualTo(LocalDate.of(2031, 5, 31));
    assertThat(AmlRecordKeepingObligation.periodFrom(new java.util.Properties()))
        .isEqualTo(AmlRecordKeepingObligation.DEFAULT_PERIOD);
  }
}
