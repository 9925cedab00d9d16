-- The organisation a place-code key makes codes for (issue 16, ADR 0042): codes name the organisation of the laptop
-- that made the key; a laptop that received the key in a reference package keeps that id here, because its own
-- organisation row has another id. Empty: the row's own organisation.
ALTER TABLE place_code_key ADD COLUMN code_organisation_id UUID;
