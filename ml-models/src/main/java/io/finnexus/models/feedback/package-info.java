/**
 * Feedback labels: alert dispositions (true / false positive) exported as training labels in a
 * documented CSV or JSON-lines format, joined to transactions by id at training time. Imports no
 * model library and no database.
 */
package io.finnexus.models.feedback;
