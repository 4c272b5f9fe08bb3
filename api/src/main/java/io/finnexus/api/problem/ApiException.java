package io.finnexus.api.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a feature reports to the client: status, stable type, title and a detail that says what
 * to change. Thrown by services, rendered as problem+json by {@link ApiExceptionHandler}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final URI type;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public ApiException(HttpStatus status, URI type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(
        HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " not found");
  }

  public static ApiException badRequest(String field, String detail) {
    return new ApiException(
            HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail)
        .with("field", field);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail);
  }

  public static ApiException fourEyes(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, ProblemTypes.FOUR_EYES, "Four-eyes rule", detail);
  }

  /** 503: a service the request needs (e.g. the model registry) is down; retry later. */
  public static ApiException dependencyUnavailable(String detail) {
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        ProblemTypes.DEPENDENCY_UNAVAILABLE,
        "Dependency unavailable",
        detail);
  }

  public static ApiException searchUnavailable(String detail) {
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        ProblemTypes.SEARCH_UNAVAILABLE,
        "Search unavailable",
        detail);
  }

  /** Adds an extension member to the problem. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem body. */
  public ProblemDetail toProblem() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setType(type);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return problem;
  }
}
