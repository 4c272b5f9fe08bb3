package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedPostgresTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "Upper", "1starts_with_digit", "x; DROP DATABASE postgres", "a-b"})
  void databaseNamesThatAreNotPlainIdentifiersAreRejectedBeforeAnySql(String name) {
    assertThatThrownBy(() -> EmbeddedPostgres.ephemeral().createDatabase(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("database name");
  }
}
