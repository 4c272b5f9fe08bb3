package io.finnexus.batch.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Reads job parameters whatever type the launcher gave them (the CLI and Quartz pass strings, a
 * REST client may pass typed values). A bad value is an {@link IllegalArgumentException} naming the
 * parameter, which fails the job with that message.
 */
public final class JobParams {

  private JobParams() {}

  /** The value as text, or {@code null} if absent. */
  public static String string(JobParameters params, String name) {
    JobParameter<?> p = params.getParameter(name);
    return p == null || p.value() == null ? null : p.value().toString();
  }

  public static String required(JobParameters params, String name) {
    String value = string(params, name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("job parameter '" + name + "' is required");
    }
    return value;
  }

  public static boolean flag(JobParameters params, String name) {
    String value = string(params, name);
    return value != null && Boolean.parseBoolean(value.trim());
  }

  /** An ISO date, or {@code null} if absent. */
  public static LocalDate date(JobParameters params, String name) {
    String value = string(params, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "job parameter '" + name + "' must be an ISO date (yyyy-MM-dd): " + value);
    }
  }
}
