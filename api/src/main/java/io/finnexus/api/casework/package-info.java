/**
 * Cases: grouping alerts, assignment, comments, escalation, dispositions and the four-eyes SAR
 * filing (a supervisor other than the preparer approves), plus the SAR draft export. ("case" is a
 * Java keyword, hence the package name.) Officers' free text (title, comments, SAR narrative) is
 * stored sealed under the case's customer ({@code alert_case.subject_id}) and opened for display.
 * May import {@code alert}, {@code audit}, {@code personal} and {@code problem}.
 */
package io.finnexus.api.casework;
