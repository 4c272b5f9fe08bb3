package io.finnexus.api.alert;

/** Review workflow state of an alert, owned by the API. */
public enum AlertStatus {
  /** Not yet looked at. */
  NEW,
  /** Assigned to an officer. */
  IN_REVIEW,
  /** Grouped into a case. */
  IN_CASE,
  /** Closed with a disposition. */
  CLOSED
}
