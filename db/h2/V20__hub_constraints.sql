-- Issue 18 (hub): the constraints two hub processes on one PostgreSQL database rely on (ADR 0044). Twin of
-- db/postgresql/V20__hub_constraints.sql, without its foreign-key indexes: H2 makes one for each foreign key itself.

-- Uniqueness the import relies on when two hub processes import into one database at once (ADR 0044): a signed
-- record file is one record, so its SHA-256 is stored once (a second process inserting the same file fails and is
-- told the file is known), and a reference package raises at most one conflict per row it carries.
ALTER TABLE sync_record ADD CONSTRAINT sync_record_file_unique UNIQUE (file_sha256);
DROP INDEX sync_record_file;
ALTER TABLE reference_conflict ADD CONSTRAINT reference_conflict_row_unique UNIQUE (package_sha256, entity, entity_id);
