package io.finnexus.scoring.sanctions;

/** The sanctions lists the screener knows; part of every entry's identity ({@link EntryKey}). */
public enum SanctionsList {
  /** US Treasury OFAC Specially Designated Nationals list (legacy CSV format). */
  OFAC,
  /** UN Security Council consolidated list (XML). */
  UN
}
