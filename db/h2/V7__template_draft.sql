-- LogiCheck schema v7: the template editor's working copies (ADR 0015).
-- One working copy (草稿) per template code, kept exactly as typed (numbers as text, so a half-typed value
-- survives a restart) as JSON. Publishing turns it into a new immutable template_version and deletes the row
-- in the same transaction. base_version: the published version it was started from (NULL for a new template).
CREATE TABLE template_draft (
    code         VARCHAR(100) PRIMARY KEY,
    base_version INT,
    title        VARCHAR(1000) NOT NULL,
    data         CHARACTER LARGE OBJECT NOT NULL,
    updated_by   UUID REFERENCES person(id),
    updated_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
