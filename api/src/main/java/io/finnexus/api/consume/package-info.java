/**
 * The one Kafka consumer loop of the API's feeds into PostgreSQL (alert intake, transaction
 * archive): read_committed, offsets committed after the batch is stored, back-off on outages.
 */
package io.finnexus.api.consume;
