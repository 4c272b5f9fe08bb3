-- FinNexus core tables: alerts and the cases officers work them into.
-- Alerts are upserted by their deterministic alert_id (replays never duplicate).

CREATE TABLE alert (
    alert_id          text             PRIMARY KEY,
    typology          text             NOT NULL,
    kind              text             NOT NULL
        CONSTRAINT alert_kind_known
        CHECK (kind IN ('AML', 'FRAUD', 'SANCTIONS', 'RECONCILIATION', 'OPERATIONS')),
    engine            text             NOT NULL,
    created_at        timestamptz      NOT NULL,
    risk_score        double precision NOT NULL,
    risk_band         text,
    account_id        text             NOT NULL,
    customer_id       text,
    involved_accounts text[]           NOT NULL DEFAULT '{}',
    transaction_ids   text[]           NOT NULL DEFAULT '{}',
    total_amount      numeric(18, 4),
    currency          text,
    summary           text             NOT NULL,
    rule_hits         text[]           NOT NULL DEFAULT '{}',
    features          jsonb            NOT NULL DEFAULT '[]'::jsonb,
    model_id          text,
    model_version     text,
    status            text             NOT NULL DEFAULT 'NEW',
    assignee          text,
    updated_at        timestamptz      NOT NULL DEFAULT now()
);

COMMENT ON TABLE alert IS 'One suspicion raised by a detector, with its evidence; the officers'' review queue.';
COMMENT ON COLUMN alert.created_at IS 'Event time of the triggering transaction.';
COMMENT ON COLUMN alert.features IS 'Array of {name, value, normal, contribution} (FeatureEvidence).';
COMMENT ON COLUMN alert.status IS 'Review workflow state, owned by the API; NEW until an officer acts.';

-- Queue filters: newest first within a status, typology, assignee or customer.
CREATE INDEX alert_status_created_idx   ON alert (status, created_at DESC);
CREATE INDEX alert_typology_created_idx ON alert (typology, created_at DESC);
CREATE INDEX alert_created_idx          ON alert (created_at DESC);
CREATE INDEX alert_assignee_status_idx  ON alert (assignee, status) WHERE assignee IS NOT NULL;
CREATE INDEX alert_customer_created_idx ON alert (customer_id, created_at DESC);
CREATE INDEX alert_account_created_idx  ON alert (account_id, created_at DESC);
CREATE INDEX alert_transaction_ids_idx  ON alert USING gin (transaction_ids);

CREATE TABLE alert_case (
    case_id     text        PRIMARY KEY,
    title       text        NOT NULL,
    status      text        NOT NULL DEFAULT 'OPEN',
    assignee    text,
    disposition text,
    prepared_by text,
    approved_by text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    closed_at   timestamptz,
    CONSTRAINT alert_case_four_eyes
        CHECK (approved_by IS NULL OR prepared_by IS NULL OR approved_by <> prepared_by)
);

COMMENT ON TABLE alert_case IS 'A case groups alerts under investigation; a SAR filing needs a preparer and a different approver.';

CREATE INDEX alert_case_status_created_idx ON alert_case (status, created_at DESC);
CREATE INDEX alert_case_assignee_idx       ON alert_case (assignee) WHERE assignee IS NOT NULL;

CREATE TABLE case_alert (
    case_id  text        NOT NULL REFERENCES alert_case (case_id) ON DELETE CASCADE,
    alert_id text        NOT NULL REFERENCES alert (alert_id),
    added_at timestamptz NOT NULL DEFAULT now(),
    added_by text,
    PRIMARY KEY (case_id, alert_id)
);

CREATE INDEX case_alert_alert_idx ON case_alert (alert_id);

CREATE TABLE case_comment (
    comment_id bigserial   PRIMARY KEY,
    case_id    text        NOT NULL REFERENCES alert_case (case_id) ON DELETE CASCADE,
    author     text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX case_comment_case_created_idx ON case_comment (case_id, created_at);
