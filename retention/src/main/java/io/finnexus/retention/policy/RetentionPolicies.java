package io.finnexus.retention.policy;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The retention period of every {@link DataCategory}, from properties {@code
 * finnexus.retention.period.<category>} (ISO-8601 period, e.g. {@code P5Y}); unset categories get
 * their documented default. A malformed or non-positive value is refused at start-up, never
 * silently replaced by the default.
 */
public final class RetentionPolicies {

  public static final String PREFIX = "finnexus.retention.period.";
  private final Map<DataCategory, RetentionPolicy> policies;

  private RetentionPolicies(Map<DataCategory, RetentionPolicy> policies) {
    this.policies = Map.copyOf(policies);
  }

  public static RetentionPolicies defaults() {
    return fromProperties(new Properties());
  }

  public static RetentionPolicies fromProperties(Properties props) {
    Map<DataCategory, RetentionPolicy> map = new EnumMap<>(DataCategory.class);
    for (DataCategory category : DataCategory.values()) {
      String value = props.getProperty(PREFIX + category.propertyName());
      map.put(category, new RetentionPolicy(category, parse(category, value)));
    }
    return new RetentionPolicies(map);
  }

  public RetentionPolicy of(DataCategory category) {
    return policies.get(category);
  }

  private static Period parse(DataCategory category, String value) {
    if (value == null || value.isBlank()) {
      return category.defaultPeriod();
    }
    try {
      return Period.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          PREFIX + category.propertyName() + " is not an ISO-8601 period: " + value);
    }
  }
}
