package io.finnexus.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The PostgreSQL contract against the official image, as production runs it. */
@ExtendWith(DockerAssumption.class)
class PostgresContainerIT extends PostgresContract {

  private static PostgreSQLContainer postgres;

  @BeforeAll
  static void start() {
    postgres = new PostgreSQLContainer("postgres:17-alpine");
    postgres.start();
  }

  @AfterAll
  static void stop() {
    if (postgres != null) {
      postgres.stop();
    }
  }

  @Override
  protected String jdbcUrl() {
    return postgres.getJdbcUrl();
  }

  @Override
  protected String user() {
    return postgres.getUsername();
  }

  @Override
  protected String password() {
    return postgres.getPassword();
  }
}
