package io.finnexus.retention.erasure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A legal obligation that may override the right to erasure (GDPR Art. 17(3)(b) legal obligation,
 * 17(3)(e) legal claims). Checked before anything is erased: any deferral means nothing is.
 */
@FunctionalInterface
public interface RetentionObligation {

  Optional<Deferral> check(String subjectId, LocalDate today);
}
