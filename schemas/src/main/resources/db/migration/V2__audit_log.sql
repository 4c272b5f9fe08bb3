-- Append-only, hash-chained audit log: every access to personal data and every state change of
-- an alert or case. hash = digest over (prev_hash, at, actor, action, subject, details), computed
-- by the writer; prev_hash is the hash of the previous entry (NULL only for the first).
-- A trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the table owner included; only an
-- owner who disables the trigger (ALTER TABLE ... DISABLE TRIGGER, itself visible in the server
-- log) can change history.

CREATE TABLE audit_log (
    seq          bigserial   PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    details      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    prev_hash    text,
    hash         text        NOT NULL,
    CONSTRAINT audit_log_hash_unique UNIQUE (hash),
    -- Two entries claiming the same predecessor would fork the chain.
    CONSTRAINT audit_log_prev_hash_unique UNIQUE (prev_hash)
);

COMMENT ON TABLE audit_log IS 'Append-only, hash-chained audit trail; UPDATE, DELETE and TRUNCATE are refused by trigger.';

CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, seq);
CREATE INDEX audit_log_actor_at_idx ON audit_log (actor, at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
