/**
 * RFC 9457 problem+json errors: the stable {@code type} URIs, the exception features throw, and the
 * handler that turns every failure (including Spring MVC's own) into a problem. Imports no feature.
 */
package io.finnexus.api.problem;
