package io.finnexus.retention.erasure;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Properties;

/**
 * AML record keeping: customer due-diligence data and transaction records are kept for a period
 * after the business relationship ends (EU AMLD 2015/849 Art. 40(1): 5 years; BSA 31 CFR
 * 1010.430(d): 5 years), which overrides erasure under GDPR Art. 17(3)(b). Configure the period
 * with {@code finnexus.retention.aml-record-keeping} (default P5Y).
 */
public final class AmlRecordKeepingObligation implements RetentionObligation {

  public static final Period DEFAULT_PERIOD = Period.ofYears(5);
  public static final String PROPERTY = "finnexus.retention.aml-record-keeping";
  private final BusinessRelationships relationships;
  private final Period period;

  public AmlRecordKeepingObligation(BusinessRelationships relationships, Period period) {
    this.relationships = relationships;
    this.period = period;
  }

  /** The configured period ({@value #PROPERTY}, ISO-8601), or {@link #DEFAULT_PERIOD}. */
  public static Period periodFrom(Properties props) {
    String value = props.getProperty(PROPERTY);
    try {
      return value == null || value.isBlank() ? DEFAULT_PERIOD : Period.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(PROPERTY + " is not an ISO-8601 period: " + value);
    }
  }

  @Override
  public Optional<Deferral> check(String subjectId, LocalDate today) {
    var relationship = relationships.find(subjectId);
    if (relationship.isEmpty()) {
      return Optional.empty();
    }
    LocalDate ended = relationship.get().ended();
    if (ended == null) {
      return Optional.of(
          new Deferral(
              "AML record keeping (AMLD Art. 40(1), 31 CFR 1010.430, GDPR Art. 17(3)(b)):"
                  + " business relationship still active; kept "
                  + period
                  + " after it ends",
              null));
    }
    LocalDate until = ended.plus(period);
    if (!today.isBefore(until)) {
      return Optional.empty();
    }
    return Optional.of(
        new Deferral(
            "AML record keeping (AMLD Art. 40(1), 31 CFR 1010.430, GDPR Art. 17(3)(b)): "
                + period
                + " after the relationship ended on "
                + ended,
            until));
  }
}
