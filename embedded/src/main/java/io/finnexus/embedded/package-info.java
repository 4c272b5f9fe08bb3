/**
 * Real servers on loopback (PostgreSQL, a Kafka broker, a MongoDB wire-protocol server and an
 * Elasticsearch node) for the one-command demo and for integration tests, each with {@code
 * start()}/{@code close()}, a random free port and a connection string. This package depends on no
 * other FinNexus module; other modules use it from tests (see {@link
 * io.finnexus.embedded.EmbeddedServers}) and from the {@code app} demo (see {@link
 * io.finnexus.embedded.EmbeddedStack}).
 */
package io.finnexus.embedded;
