/**
 * The officers' web UI: a small vanilla-JS single-page app served from {@code static/ui} (no CDN,
 * no inline script, so the strict CSP holds) and the redirect from {@code /}. It calls the same
 * REST API as every other client.
 */
package io.finnexus.api.web;
