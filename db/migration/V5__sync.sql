-- LogiCheck schema v5: sync by signed files (issue 6, ADR 0010).
-- Imported sheets go into inspection/item_result/photo/signature like local ones, with imported_from and
-- content_hash (the SHA-256 of the signed PDF) as provenance. A file that claims an id this laptop already holds
-- with other content, or a second revision of the same sheet, is never merged silently: it is listed here for a
-- person to resolve. SAME_ID: the incoming file is kept in this table (the local sheet is untouched);
-- COMPETING_REVISION: both revisions are stored as sheets, this row names them.
CREATE TABLE sync_conflict (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(30) NOT NULL CHECK (kind IN ('SAME_ID', 'COMPETING_REVISION')),
    inspection_id   UUID NOT NULL,
    local_id        UUID NOT NULL REFERENCES inspection(id),
    incoming_id     UUID NOT NULL,
    incoming_sha256 VARCHAR(64) NOT NULL UNIQUE,
    incoming_file   VARCHAR(1000) NOT NULL,
    incoming_pdf    BLOB,
    detected_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP(3) WITH TIME ZONE,
    resolved_by     UUID
);
CREATE INDEX sync_conflict_open ON sync_conflict(resolved_at, detected_at);

-- a file seen again is recognised by its SHA-256 before it is parsed (re-importing a folder is cheap)
CREATE INDEX inspection_content_hash ON inspection(content_hash);
