package io.finnexus.api.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/**
 * The stable {@code type} URIs of FinNexus problem responses. Clients branch on these, never on the
 * human-readable {@code title} or {@code detail}; a URI, once published, never changes meaning.
 */
public final class ProblemTypes {

  public static final String BASE = "https://finnexus.io/problems/";
  public static final URI VALIDATION = URI.create(BASE + "validation");
  public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
  public static final URI BAD_CURSOR = URI.create(BASE + "bad-cursor");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
  public static final URI FOUR_EYES = URI.create(BASE + "four-eyes");
  public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
  public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
  public static final URI SEARCH_UNAVAILABLE = URI.create(BASE + "search-unavailable");
  public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
  public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
  public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
  public static final URI INTERNAL = URI.create(BASE + "internal");

  private ProblemTypes() {}

  /** The type for a status Spring raised by itself (no feature chose one). */
  public static URI forStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> MALFORMED_REQUEST;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> VALIDATION;
      case 429 -> RATE_LIMITED;
      case 503 -> SEARCH_UNAVAILABLE;
      default -> status.is5xxServerError() ? INTERNAL : MALFORMED_REQUEST;
    };
  }
}
