/**
 * PostgreSQL schema management: {@link io.finnexus.schemas.migration.Migrations} runs the Flyway
 * scripts in {@code src/main/resources/db/migration}.
 *
 * <p>May import Flyway, JDBC and the JDK; never Spring (callers pass a plain DataSource).
 */
package io.finnexus.schemas.migration;
