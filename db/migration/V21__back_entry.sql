-- 补录 (issue 17 item 4, ADR 0045): a paper sheet typed in after the day it was filled. Its started_at is the paper's
-- date (and time when the paper gives one: back_entry_time_known); these columns say who typed it in and when. A sheet
-- filled in the app leaves them empty, so existing rows and their records stay as they are.
ALTER TABLE inspection ADD COLUMN back_entered_by UUID;
ALTER TABLE inspection ADD COLUMN back_entered_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE inspection ADD COLUMN back_entry_time_known BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE inspection ADD CONSTRAINT inspection_back_entered_by_fk FOREIGN KEY (back_entered_by) REFERENCES person(id);
ALTER TABLE inspection ADD CONSTRAINT inspection_back_entry_whole
    CHECK ((back_entered_by IS NULL AND back_entered_at IS NULL) OR (back_entered_by IS NOT NULL AND back_entered_at IS NOT NULL));
-- every foreign key has its index on both engines (ADR 0038, ForeignKeyIndexPostgresIT); H2 keeps its own as well
CREATE INDEX inspection_back_entered_by_fk_ix ON inspection (back_entered_by);
