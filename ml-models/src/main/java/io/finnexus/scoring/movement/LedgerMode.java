package io.finnexus.scoring.movement;

/**
 * How a feed reports a transfer between two monitored accounts.
 *
 * <ul>
 *   <li>{@link #DOUBLE_ENTRY}: each side gets its own row (DEBIT on the sender, CREDIT on the
 *       receiver), as a core-banking feed and the FinNexus generator emit. No leg is synthesised.
 *   <li>{@link #SINGLE_ENTRY}: one row per transfer (AMLSim, AMLworld): a DEBIT to a monitored
 *       counterparty also yields the receiver's IN leg, with the same transaction id.
 * </ul>
 */
public enum LedgerMode {
  DOUBLE_ENTRY,
  SINGLE_ENTRY
}
