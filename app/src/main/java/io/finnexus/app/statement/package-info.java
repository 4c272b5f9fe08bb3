/**
 * {@code finnexus statement}: prints a bank statement's entries. A thin shell over the batch-jobs
 * statement package; may not import the main command class or other commands.
 */
package io.finnexus.app.statement;
