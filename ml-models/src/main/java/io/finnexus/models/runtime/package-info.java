/**
 * Scoring with trained models: loading an artifact into a {@link io.finnexus.models.runtime.Scorer}
 * (plain-Java trees for the GBT champion, Tribuo or DL4J for the others), and the {@link
 * io.finnexus.models.runtime.ModelHolder} that engines swap atomically. Never imports a database or
 * an engine.
 */
package io.finnexus.models.runtime;
