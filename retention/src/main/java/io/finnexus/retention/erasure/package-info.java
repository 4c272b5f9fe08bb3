/**
 * Data-subject erasure requests (GDPR Art. 17, CCPA 1798.105): received, verified, then executed or
 * deferred with the legal reason, then confirmed. Execution crypto-shreds the subject's key and
 * removes plaintext copies through pluggable {@link io.finnexus.retention.erasure.ErasureTarget}s.
 * May import crypto, hold and audit; never purge.
 */
package io.finnexus.retention.erasure;
