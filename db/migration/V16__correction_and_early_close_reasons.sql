-- 更正原因: why a signed sheet was corrected, stored on the new revision and printed on its PDF (issue 13).
-- Sheets revised before this migration have none.
ALTER TABLE inspection ADD COLUMN revision_reason VARCHAR(2000);

-- 提前关闭: a month closed before it ended (forced by a supervisor) keeps why (issue 13).
ALTER TABLE assessment_month ADD COLUMN early_close_reason VARCHAR(2000);
