-- Whether the scored-transaction archive had caught up when a reconciliation read it: a report
-- based on an incomplete archive may show archive lag as MISSING_IN_MONITORING breaks.
ALTER TABLE reconciliation_report
    ADD COLUMN archive_completeness text NOT NULL DEFAULT 'NOT_CHECKED'
        CHECK (archive_completeness IN ('COMPLETE', 'INCOMPLETE', 'NOT_CHECKED')),
    ADD COLUMN archive_note text;
