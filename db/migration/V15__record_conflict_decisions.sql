-- LogiCheck schema v15: a person decides the conflicts between signed records (issue 6, ADR 0027).

-- 1. The decision on a record conflict: keep this laptop's side (the incoming record stays here, rejected, with the
--    reason) or take the incoming one (only a month's closing can replace ours). record_hash is the SHA-256 of the
--    incoming record's canonical JSON: the same record in another file is not asked again once decided.
ALTER TABLE sync_record_conflict ADD COLUMN resolution VARCHAR(20) CHECK (resolution IN ('KEPT_LOCAL', 'TOOK_INCOMING'));
ALTER TABLE sync_record_conflict ADD COLUMN reason VARCHAR(2000);
ALTER TABLE sync_record_conflict ADD COLUMN record_hash VARCHAR(64);
ALTER TABLE sync_record_conflict ADD CONSTRAINT sync_record_conflict_decided
    CHECK ((resolved_at IS NULL) = (resolution IS NULL) AND (resolution IS NULL OR reason IS NOT NULL));
CREATE INDEX sync_record_conflict_record ON sync_record_conflict(record_id, record_hash);

-- 2. A closing of a month can be SUPERSEDED by another laptop's closing of the same provider-month (taken on the
--    同步冲突 screen): it stays, with the closing that replaced it. The status check of V3 has no name, so the table is
--    rebuilt (nothing references it) with the same columns, the new status and superseded_by / superseded_at.
CREATE TABLE assessment_month_v15 (
    id                UUID PRIMARY KEY,
    provider_id       UUID NOT NULL REFERENCES provider(id),
    month_start       DATE NOT NULL CHECK (EXTRACT(DAY FROM month_start) = 1),
    contract_id       UUID NOT NULL REFERENCES contract(id),
    scheme_version_id UUID NOT NULL REFERENCES assessment_scheme_version(id),
    status            VARCHAR(20) NOT NULL CHECK (status IN ('CLOSED', 'REOPENED', 'SUPERSEDED')),
    total             DECIMAL(9, 2),
    failed            BOOLEAN NOT NULL,
    result_json       CLOB NOT NULL,
    closed_by         UUID NOT NULL REFERENCES person(id),
    closed_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    reopened_by       UUID REFERENCES person(id),
    reopened_at       TIMESTAMP(3) WITH TIME ZONE,
    reopen_reason     VARCHAR(2000),
    superseded_by     UUID,
    superseded_at     TIMESTAMP(3) WITH TIME ZONE,
    CHECK ((status = 'REOPENED') = (reopen_reason IS NOT NULL)),
    CHECK ((status = 'SUPERSEDED') = (superseded_by IS NOT NULL))
);
INSERT INTO assessment_month_v15 (id, provider_id, month_start, contract_id, scheme_version_id, status, total, failed,
        result_json, closed_by, closed_at, reopened_by, reopened_at, reopen_reason)
    SELECT id, provider_id, month_start, contract_id, scheme_version_id, status, total, failed, result_json, closed_by,
           closed_at, reopened_by, reopened_at, reopen_reason FROM assessment_month;
DROP TABLE assessment_month;
ALTER TABLE assessment_month_v15 RENAME TO assessment_month;
CREATE INDEX assessment_month_provider ON assessment_month(provider_id, month_start);
