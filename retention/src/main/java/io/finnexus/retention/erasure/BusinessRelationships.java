package io.finnexus.retention.erasure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the customer relationship dates come from (the core-banking customer master in production).
 * Empty for a subject who never was a customer (e.g. a counterparty only).
 */
@FunctionalInterface
public interface BusinessRelationships {

  /** A relationship; {@code ended} is null while it is still active. */
  record Relationship(LocalDate started, LocalDate ended) {}

  Optional<Relationship> find(String subjectId);
}
