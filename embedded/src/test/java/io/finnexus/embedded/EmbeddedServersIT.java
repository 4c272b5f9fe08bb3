package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests in other modules get shared servers injected by the extension. */
@ExtendWith(EmbeddedServers.class)
class EmbeddedServersIT {

  private static EmbeddedMongo mongoInjectedBeforeAll;

  @BeforeAll
  static void injectIntoLifecycleMethods(EmbeddedMongo mongo) {
    mongoInjectedBeforeAll = mongo;
  }

  @Test
  void injectsOneRunningServerPerJvm(EmbeddedMongo mongo) {
    assertThat(mongo.isRunning()).isTrue();
    assertThat(mongo).isSameAs(mongoInjectedBeforeAll).isSameAs(EmbeddedServers.mongo());
  }

  @Test
  void sharedPostgresGivesEachTestItsOwnDatabase(EmbeddedPostgres postgres) throws SQLException {
    postgres.createDatabase("servers_it");
    try (Connection connection = postgres.dataSource("servers_it").getConnection()) {
      assertThat(connection.isValid(5)).isTrue();
    }
    assertThat(postgres).isSameAs(EmbeddedServers.postgres());
  }
}
