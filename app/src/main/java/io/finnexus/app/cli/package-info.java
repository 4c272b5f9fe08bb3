/**
 * Shared command-line plumbing for every subcommand: the exit-code policy, user-error exceptions
 * and the progress reporter. Depends on picocli only; imports no feature package.
 */
package io.finnexus.app.cli;
