/**
 * The history checker of the fault-injection tests: given what a test produced and what the system
 * recorded (scored outputs, stored alerts, audit entries, the audit chain's verdict), it names
 * every input or alert lost or duplicated and every break of the audit chain. Depends on nothing
 * but the JDK, so tests of every module can use it (failures are plain {@link AssertionError}s).
 */
package io.finnexus.embedded.history;
