-- Issue 9: officers write customers' names and account numbers into a case's title, comments and SAR
-- narrative, so the API seals those under the case's data subject (crypto-shredding: erasing the
-- subject makes them unreadable everywhere, backups included). The subject is fixed once per case,
-- because a sealed value opens only under the subject it was sealed for: the customer of the first
-- alert given when the case was created that names one (or, for a case created on alerts without a
-- customer, of the first such alert added later). NULL: no customer known, free text stored as is.
ALTER TABLE alert_case ADD COLUMN subject_id text;

COMMENT ON COLUMN alert_case.subject_id IS 'Customer (data subject) whose key seals title, sar_narrative and case_comment.body; NULL: stored as written.';

-- Cases created before V48 get the customer of their earliest alert naming one. Their existing title,
-- comments and narrative stay as written (plaintext, shown as stored); text written from now on is sealed.
UPDATE alert_case c
SET subject_id = (SELECT a.customer_id
                  FROM case_alert ca
                           JOIN alert a ON a.alert_id = ca.alert_id
                  WHERE ca.case_id = c.case_id
                    AND a.customer_id IS NOT NULL
                  ORDER BY ca.added_at, ca.alert_id
                  LIMIT 1);
