package io.finnexus.api.casework;

import io.finnexus.api.personal.PersonalFields;
import io.finnexus.api.problem.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Officers' free text on a case (title, comments, SAR narrative) at rest: sealed under the case's
 * data subject ({@code alert_case.subject_id}) when written, opened when shown, so once the subject
 * is erased every view shows {@link PersonalFields#ERASED} instead. A case without a subject stores
 * its text as written; text written before sealing existed shows as stored.
 */
@Component
class CaseText {

  private final PersonalFields personal;

  CaseText(PersonalFields personal) {
    this.personal = personal;
  }

  /**
   * The stored form of an officer's {@code text}. Refused (409) when the subject was erased: the
   * text may name them and can no longer be kept, and silently storing {@code [erased]} instead
   * would lose what the officer wrote without telling them.
   */
  String seal(String subjectId, String field, String text) {
    String sealed = personal.seal(subjectId, field, text);
    if (PersonalFields.ERASED.equals(sealed) && !PersonalFields.ERASED.equals(text)) {
      throw ApiException.conflict(
          "the customer of this case was erased: free text about them can no longer be stored");
    }
    return sealed;
  }

  /** The row with its title and SAR narrative opened for display. */
  CaseRow open(CaseRow row) {
    String subject = row.subjectId();
    return row.withText(
        personal.open(subject, PersonalFields.CASE_TITLE, row.title()),
        personal.open(subject, PersonalFields.CASE_SAR_NARRATIVE, row.sarNarrative()));
  }

  List<CaseView.Comment> open(String subjectId, List<CaseView.Comment> comments) {
    return comments.stream()
        .map(
            c ->
                new CaseView.Comment(
                    c.commentId(),
                    c.author(),
                    personal.open(subjectId, PersonalFields.CASE_COMMENT, c.body()),
                    c.createdAt()))
        .toList();
  }
}
