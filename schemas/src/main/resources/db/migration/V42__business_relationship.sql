-- Business relationships as the core-banking customer master reports them (module `retention`,
-- read by the API's erasure feature): AML record keeping runs for 5 years after ended_on.
-- ended_on is NULL while the relationship is active. Fed by the customer-master sync.
CREATE TABLE business_relationship (
    subject_id  TEXT        PRIMARY KEY,
    started_on  DATE        NOT NULL,
    ended_on    DATE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT business_relationship_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
);
