package io.finnexus.api.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem+json with a stable {@code type}: the features' {@link
 * ApiException}s, bean-validation failures (with the offending fields), Spring MVC's own errors
 * (bad JSON, wrong types, unknown routes) and, last, anything unexpected as a 500 that leaks no
 * internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApi(ApiException e) {
    return ResponseEntity.status(e.status()).body(e.toProblem());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> handleConstraint(ConstraintViolationException e) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(
                v -> Map.of("field", String.valueOf(v.getPropertyPath()), "reason", v.getMessage()))
            .toList();
    return validation("request parameters are invalid", errors);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    if (isUnstorableText(e)) {
      return validation(
          "a text value contains a character that cannot be stored (U+0000 NUL)", List.of());
    }
    LOG.error("unexpected failure", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged");
    problem.setType(ProblemTypes.INTERNAL);
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest()
        .body(validation("request body is invalid", errors).getBody());
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                Map.of(
                                    "field",
                                    String.valueOf(r.getMethodParameter().getParameterName()),
                                    "reason",
                                    String.valueOf(err.getDefaultMessage()))))
            .toList();
    return ResponseEntity.badRequest().body(validation("request is invalid", errors).getBody());
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      problem.setType(ProblemTypes.forStatus(status));
      if (status.value() == 400) {
        problem.setDetail(
            "the request could not be read: check the JSON body and the parameter types");
      }
    }
    return response;
  }

  /**
   * PostgreSQL refuses U+0000 in text (SQLSTATE 22021, or 22P05 for a character the encoding
   * lacks). Any text field or filter can carry one, so it is answered here once, as the client's
   * error: the statement failed, so nothing was stored.
   */
  private static boolean isUnstorableText(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemDetail> validation(
      String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(ProblemTypes.VALIDATION);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }
}
