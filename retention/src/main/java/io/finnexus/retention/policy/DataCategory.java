package io.finnexus.retention.policy;

import java.time.Period;

/**
 * The categories of data FinNexus keeps, each with its default retention period, the moment the
 * period starts (anchor) and the legal basis of the default. Defaults are conservative starting
 * points, not legal advice: a deployment sets its own through {@link RetentionPolicies}.
 */
public enum DataCategory {
  SCORED_TRANSACTION(
      Period.ofMonths(13),
      "scoring time of a transaction that raised no alert",
      "GDPR Art. 5(1)(e) storage limitation: monitoring output of unflagged activity is not an AML"
          + " record (the ledger of record keeps the transaction, AMLD Art. 40(1)(b), 31 CFR"
          + " 1010.430); 13 months covers a year-on-year model back-test and the annual audit"),
  ALERT(
      Period.ofYears(5),
      "closure of an alert that did not lead to a SAR",
      "EU AMLD (2015/849) Art. 40(1)(b): records and supporting evidence, 5 years; BSA 31 CFR"
          + " 1010.430(d): 5 years"),
  CASE(
      Period.ofYears(5),
      "closure of the case (or end of the business relationship, whichever is later)",
      "EU AMLD Art. 40(1)(a)-(b): 5 years after the end of the business relationship; BSA 31 CFR"
          + " 1010.430(d)"),
  SAR(
      Period.ofYears(5),
      "filing date of the SAR",
      "BSA 31 CFR 1020.320(d): SAR copy and supporting documentation 5 years from filing; EU AMLD"
          + " Art. 40(1) (member states may extend by up to 5 years)"),
  AUDIT_LOG(
      Period.ofYears(7),
      "time of the audited action",
      "GDPR Art. 5(2) accountability: must outlive the 5-year AML records it proves were handled"
          + " lawfully, plus a supervisory examination cycle"),
  JOB_HISTORY(
      Period.ofMonths(13),
      "end of the batch job execution",
      "GDPR Art. 5(1)(e): operational data; 13 months keeps a full year of reconciliation and"
          + " backup-verification evidence"),
  BACKUP(
      Period.ofDays(35),
      "creation of the backup archive",
      "GDPR Art. 5(1)(e) and Art. 32(1)(c) (restore availability); crypto-shredding makes erased"
          + " subjects unreadable in backups, erasures are re-applied after a restore");

  private final Period defaultPeriod;
  private final String anchor;
  private final String legalBasis;

  DataCategory(Period defaultPeriod, String anchor, String legalBasis) {
    this.defaultPeriod = defaultPeriod;
    this.anchor = anchor;
    this.legalBasis = legalBasis;
  }

  public Period defaultPeriod() {
    return defaultPeriod;
  }

  /** The moment from which the period runs. */
  public String anchor() {
    return anchor;
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** The configuration key suffix, e.g. {@code scored-transaction}. */
  public String propertyName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
