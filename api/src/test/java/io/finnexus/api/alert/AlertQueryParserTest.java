package io.finnexus.api.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.problem.ApiException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AlertQueryParserTest {

  @Test
  void parsesRepeatedAndCommaSeparatedFilters() {
    AlertQuery q =
        AlertQueryParser.parse(
            List.of("new,in_review"),
            List.of("cycle"),
            List.of("HIGH"),
            "2026-01-01T00:00:00Z",
            null,
            null,
            " C-1 ",
            "-riskScore",
            "20",
            null);
    assertThat(q.statuses()).containsExactly(AlertStatus.NEW, AlertStatus.IN_REVIEW);
    assertThat(q.typologies()).containsExactly("CYCLE");
    assertThat(q.riskBands()).containsExactly(RiskBand.HIGH);
    assertThat(q.customerId()).isEqualTo("C-1");
    assertThat(q.sort()).isEqualTo(AlertSort.RISKIEST);
    assertThat(q.limit()).isEqualTo(20);
  }

  @Test
  void instantsBeyondWhatTheDatabaseStoresAreRefusedWithAReason() {
    for (String from : List.of("+1000000000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  AlertQueryParser.parse(
                      null, null, null, from, null, null, null, "-createdAt", "1", null))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("between the years 1 and 9999");
    }
  }

  @Property(tries = 300)
  void garbageInEveryParameterIsATypedRejectionNeverACrash(
      @ForAll String status,
      @ForAll String typology,
      @ForAll String from,
      @ForAll String sort,
      @ForAll String limit) {
    try {
      AlertQueryParser.parse(
          List.of(status), List.of(typology), null, from, null, null, null, sort, limit, null);
    } catch (ApiException e) {
      assertThat(e.status().value()).isEqualTo(400);
    }
  }
}
