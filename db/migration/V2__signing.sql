-- LogiCheck schema v2: signed sheets (issue 3).
-- The signed PDF of a sheet lives in the data folder under signed/<inspection id>.pdf; inspection.content_hash holds
-- its SHA-256, so a file that was swapped or damaged on disk is noticed.

-- The organisation's trust list: certificates whose signatures are accepted as coming from a known person.
-- A signer seen for the first time is not on it; someone adds the certificate on purpose (CLI `trust`, a later screen).
CREATE TABLE trusted_certificate (
    sha256       VARCHAR(64) PRIMARY KEY,
    subject      VARCHAR(500) NOT NULL,
    signer_name  VARCHAR(200) NOT NULL,
    certificate  BLOB NOT NULL,
    person_id    UUID REFERENCES person(id),
    added_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    added_by     UUID
);

-- which certificate made the cryptographic signature of the sheet (the inspector's)
ALTER TABLE signature ADD COLUMN certificate_sha256 VARCHAR(64);
