/**
 * Personal data at rest in the API's stores: every personal field (account numbers, free-text
 * summaries) is sealed under its data subject's key before it is written and opened when it is
 * read, showing {@link io.finnexus.api.personal.PersonalFields#ERASED} once the subject was erased.
 * Depends only on the {@code retention} module's cipher; features depend on this package, never the
 * other way round.
 */
package io.finnexus.api.personal;
