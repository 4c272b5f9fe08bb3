package io.finnexus.models.registry;

/** A registry request that cannot be done: unknown model, forbidden transition, gate refusal. */
public final class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RegistryException(String message) {
    super(message);
  }
}
