/**
 * {@code finnexus erasure}: data-subject erasure requests and legal holds from the command line,
 * through the API's REST endpoints (so every erasure runs all its targets and is audited in the
 * API's hash-chained log). May import {@code app.cli}; never the retention module directly.
 */
package io.finnexus.app.erasure;
