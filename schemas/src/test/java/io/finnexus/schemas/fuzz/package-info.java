/**
 * A small, deterministic, seeded fuzz harness shared by every module's fuzz tests (published as the
 * {@code schemas} test-jar, this package only): {@link io.finnexus.schemas.fuzz.Fuzz} runs a
 * property over thousands of seeded cases and reports the seed, the case and the input of a
 * failure; {@link io.finnexus.schemas.fuzz.Hostile}, {@link io.finnexus.schemas.fuzz.HostileJson}
 * and {@link io.finnexus.schemas.fuzz.Mutations} generate hostile values and mutate valid samples.
 * Imports only the JDK and JUnit, so any module may use it from its tests.
 */
package io.finnexus.schemas.fuzz;
