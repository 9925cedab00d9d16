-- Place codes and check-ins (issue 16, ADR 0042).
-- The organisation's place-code key: an HMAC-SHA256 secret (Base64) that makes and checks the codes on its labels.
CREATE TABLE place_code_key (
    organisation_id UUID PRIMARY KEY REFERENCES organisation(id),
    secret          VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- The generation of a place's current label: reprinting a lost label raises it, and codes of older labels are refused.
ALTER TABLE place ADD COLUMN label_generation INT DEFAULT 1 NOT NULL;

-- A check-in at a place on a sheet: when, how (the label's QR code scanned or its short code typed), by whom, and the
-- code as read. Part of the sheet's signed record; later a route point will be matched against these rows.
CREATE TABLE place_checkin (
    id               UUID PRIMARY KEY,
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    place_id         UUID NOT NULL REFERENCES place(id),
    person_id        UUID NOT NULL REFERENCES person(id),
    checked_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    how              VARCHAR(10) NOT NULL CHECK (how IN ('SCANNED', 'TYPED')),
    code             VARCHAR(100) NOT NULL,
    label_generation INT NOT NULL
);
CREATE INDEX place_checkin_inspection ON place_checkin(inspection_id, checked_at);
CREATE INDEX place_checkin_place ON place_checkin(place_id, checked_at);
