-- The W3C trace context each alert was received in (API alert intake, io.finnexus.api.trace), so
-- that reads of the alert join the trace of the transaction that raised it. Ids only, no personal
-- data. Written just before the alert itself (so a read right after the alert appears already finds
-- it), hence no foreign key; a row goes when its alert is deleted (retention purge, erasure).
CREATE TABLE alert_trace (
    alert_id    TEXT        PRIMARY KEY,
    traceparent TEXT        NOT NULL,
    stored_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION alert_trace_follows_alert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM alert_trace WHERE alert_id = OLD.alert_id;
    RETURN OLD;
END
$$;

CREATE TRIGGER alert_trace_follows_alert AFTER DELETE ON alert
    FOR EACH ROW EXECUTE FUNCTION alert_trace_follows_alert();
