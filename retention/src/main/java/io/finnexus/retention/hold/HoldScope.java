package io.finnexus.retention.hold;

/** What a legal hold covers: one case, every record of one customer, or one SAR. */
public enum HoldScope {
  CASE,
  CUSTOMER,
  SAR
}
