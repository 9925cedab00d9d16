-- LogiCheck schema v11 (assessment entries, ADR 0020): the evidence file of a 一票否决 event — a scan of the written
-- criticism, the accident report, a photo. The file is copied once into the data folder's evidence/ named by its
-- SHA-256 (as photos are); this row links it to the event with the name the user knew it by. It is inserted in the
-- same transaction as the event, so an event never points at a file that was not stored.
CREATE TABLE veto_evidence_file (
    id            UUID PRIMARY KEY,
    veto_event_id UUID NOT NULL REFERENCES veto_event(id),
    sha256        VARCHAR(64) NOT NULL,
    file_name     VARCHAR(100) NOT NULL,
    original_name VARCHAR(260) NOT NULL,
    byte_size     BIGINT NOT NULL CHECK (byte_size > 0),
    attached_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX veto_evidence_event ON veto_evidence_file(veto_event_id);
