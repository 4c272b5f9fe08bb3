/**
 * {@code finnexus feedback}: officers' alert dispositions from the case store, exported as training
 * labels in the format of {@code io.finnexus.models.feedback}.
 */
package io.finnexus.app.feedback;
