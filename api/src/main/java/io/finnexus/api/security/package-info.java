/**
 * Authentication and authorization: JWT bearer tokens (built-in HS256 issuer with configured users,
 * or any OIDC provider), hashed revocable API keys, the role rules of every endpoint, per-client
 * rate limiting and security headers. Imports {@code audit} and {@code problem} only.
 */
package io.finnexus.api.security;
