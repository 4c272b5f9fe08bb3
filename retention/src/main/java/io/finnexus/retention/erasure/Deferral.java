package io.finnexus.retention.erasure;

import java.time.LocalDate;

/**
 * Why erasure must wait: the legal reason (internal wording, with its article) and the date the
 * obligation ends, or null while it has no end date (a legal hold, an open relationship).
 */
public record Deferral(String legalReason, LocalDate until) {}
