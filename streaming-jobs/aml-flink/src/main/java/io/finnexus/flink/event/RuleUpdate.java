package io.finnexus.flink.event;

/**
 * New AML thresholds published at run time (a {@code model-events} record whose model name is
 * {@code aml-rules}): the version and the overrides as {@code name=value} lines (see {@code
 * ThresholdOverrides}). Broadcast to every parallel instance of the account monitor.
 */
public class RuleUpdate {
  public String version;
  public String properties;

  public RuleUpdate() {}

  public RuleUpdate(String version, String properties) {
    this.version = version;
    this.properties = properties;
  }
}
