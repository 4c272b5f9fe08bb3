package io.finnexus.api.resilience;

/**
 * A guarded dependency did not serve a call: its breaker is open, too many calls are in flight, it
 * did not answer in time, or it failed. The message says which, in one line.
 */
public class DependencyUnavailableException extends RuntimeException {

  private final String dependency;

  public DependencyUnavailableException(String dependency, String reason, Throwable cause) {
    super(dependency + " unavailable: " + reason, cause);
    this.dependency = dependency;
  }

  /** The guard's name, e.g. {@code search}. */
  public String dependency() {
    return dependency;
  }
}
