/**
 * The FinNexus API service: the Spring Boot application and one sub-package per feature (alerts,
 * intake, search, cases, audit, security, jobs, ops). Features talk through their public types
 * only; nothing here imports the streaming engines.
 */
package io.finnexus.api;
