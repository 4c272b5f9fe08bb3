-- Erasure end to end (retention module, api erasure feature). The transaction archive names the data
-- subject (the customer owning account_id) of each row, so an erasure can delete that subject's rows
-- once AML record keeping no longer requires them, and a restore can delete them again from the
-- erasure ledger (see ErasureLedger). NULL for rows archived before V44 or without a customer.
ALTER TABLE monitored_transaction ADD COLUMN subject_id text;

COMMENT ON COLUMN monitored_transaction.subject_id IS 'Customer (data subject) owning account_id; erasure deletes by it.';

CREATE INDEX monitored_transaction_subject_idx ON monitored_transaction (subject_id)
    WHERE subject_id IS NOT NULL;
