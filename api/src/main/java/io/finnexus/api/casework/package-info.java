/**
 * Cases: grouping alerts, assignment, comments, escalation, dispositions and the four-eyes SAR
 * filing (a supervisor other than the preparer approves), plus the SAR draft export. ("case" is a
 * Java keyword, hence the package name.) May import {@code alert}, {@code audit} and {@code
 * problem}.
 */
package io.finnexus.api.casework;
