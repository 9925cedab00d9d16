-- LogiCheck schema v10: reference data travels as signed packages, and conflicts are resolved by a person
-- (issue 6, ADR 0019).

-- Signed reference-data packages merged here, by the SHA-256 of the file: a package seen again is skipped
-- before it is parsed, like a sheet (inspection.content_hash).
CREATE TABLE sync_package (
    sha256      VARCHAR(64) PRIMARY KEY,
    package_id  UUID NOT NULL,
    kind        VARCHAR(30) NOT NULL CHECK (kind IN ('REFERENCE_DATA')),
    signer_name VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    imported_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    source_file VARCHAR(1000) NOT NULL
);

-- The merge base of each place / provider / person / contract / scheme link: the SHA-256 of the row as it was
-- last received (or created as a placeholder from a sheet). A row still equal to its base was not changed on this
-- laptop, so a package's newer content replaces it; a row changed here since is a conflict for a person.
CREATE TABLE reference_base (
    entity       VARCHAR(30) NOT NULL,
    entity_id    UUID NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- A reference row a package would change although it was changed here too (or a template / scheme version with
-- the same id and other content). The local row stays until a person decides; both sides are kept as JSON.
CREATE TABLE reference_conflict (
    id             UUID PRIMARY KEY,
    entity         VARCHAR(30) NOT NULL,
    entity_id      UUID NOT NULL,
    label          VARCHAR(1000) NOT NULL,
    package_sha256 VARCHAR(64) NOT NULL,
    local_json     CLOB NOT NULL,
    incoming_json  CLOB NOT NULL,
    incoming_hash  VARCHAR(64) NOT NULL,
    detected_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP(3) WITH TIME ZONE,
    resolved_by    UUID,
    resolution     VARCHAR(20) CHECK (resolution IN ('KEPT_LOCAL', 'TOOK_INCOMING'))
);
CREATE INDEX reference_conflict_open ON reference_conflict(resolved_at, detected_at);

-- Resolving a sheet conflict: which side was kept; a SAME_ID conflict resolved for the incoming file keeps the
-- replaced local PDF here (local_pdf, local_sha256), so nothing signed is ever lost and that file, met again in a
-- folder, is recognised and skipped.
ALTER TABLE sync_conflict ADD COLUMN resolution VARCHAR(20);
ALTER TABLE sync_conflict ADD COLUMN local_sha256 VARCHAR(64);
ALTER TABLE sync_conflict ADD COLUMN local_pdf BLOB;
CREATE INDEX sync_conflict_local_sha ON sync_conflict(local_sha256);
