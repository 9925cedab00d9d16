-- 检查表编号: the human sheet number printed on the 考核表 (for example 东院-2026-11-K7-0042), given when the sheet is
-- created and kept by its corrections (a revision prints 第 n 版 beside it). Sheets from before this migration keep
-- none: they show the short id their signed PDF already prints, so their records and files stay as they are (ADR 0039).
ALTER TABLE inspection ADD COLUMN sheet_number VARCHAR(60);
ALTER TABLE inspection ADD CONSTRAINT inspection_sheet_number_unique UNIQUE (sheet_number, revision, origin_device);
-- 盖章: whether a template's sheets print a box for the provider's seal (a setting of the template, like enabled)
ALTER TABLE checklist_template ADD COLUMN seal_box BOOLEAN DEFAULT FALSE NOT NULL;
