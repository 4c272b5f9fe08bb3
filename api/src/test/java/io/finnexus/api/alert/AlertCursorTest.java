package io.finnexus.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.api.problem.ApiException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AlertCursorTest {

  @Test
  void roundTripsAndRefusesACursorOfAnotherSort() {
    AlertCursor cursor = new AlertCursor(AlertSort.NEWEST, "1767225600000000", "A-1");
    assertThat(AlertCursor.decode(cursor.encode(), AlertSort.NEWEST)).isEqualTo(cursor);
    assertThatThrownBy(() -> AlertCursor.decode(cursor.encode(), AlertSort.RISKIEST))
        .isInstanceOf(ApiException.class);
  }

  @Property
  void anyStringIsEitherAValidCursorOrATypedRejection(@ForAll String text) {
    try {
      AlertCursor.decode(text, AlertSort.NEWEST);
    } catch (ApiException e) {
      assertThat(e.status().value()).isEqualTo(400);
    }
  }
}
