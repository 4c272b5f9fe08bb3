/**
 * Retention and erasure: how long FinNexus keeps each category of data, what blocks deletion (legal
 * holds, AML record keeping) and how a data subject's personal data is made unreadable
 * (crypto-shredding) or deleted. Feature packages below; this root holds nothing but this note.
 */
package io.finnexus.retention;
