package io.finnexus.api.casework;

/** Case workflow: OPEN → (ESCALATED) → PENDING_APPROVAL (SAR prepared) → CLOSED. */
public enum CaseStatus {
  OPEN,
  ESCALATED,
  PENDING_APPROVAL,
  CLOSED
}
