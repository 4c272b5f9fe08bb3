/**
 * Tracing of the API's share of a transaction's trace: a consumer span per alert record continuing
 * the engine's context, the context stored with the alert, and the read of that alert ({@code GET
 * /alerts/{id}}) as a span of the same trace. Depends on {@code consume} and {@code
 * io.finnexus.schemas.trace} only, never on a feature package.
 */
package io.finnexus.api.trace;
