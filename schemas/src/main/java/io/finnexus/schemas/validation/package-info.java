/**
 * Validation of untrusted input: {@link io.finnexus.schemas.validation.TransactionValidator} turns
 * raw bytes or an imported transaction into a valid transaction or a typed rejection (never an
 * exception), {@link io.finnexus.schemas.validation.Amounts} parses amount text exactly, and {@link
 * io.finnexus.schemas.validation.DeadLetters} builds the dead letter record.
 *
 * <p>May import the generated records, the codec and the JDK; never Kafka, Flink or Spring.
 */
package io.finnexus.schemas.validation;
