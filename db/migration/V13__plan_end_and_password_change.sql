-- LogiCheck schema v13 (ADR 0025).
-- 1. An inspection plan (V9) can end: it counts up to and including valid_until and not after; NULL = open-ended.
--    Ending is not deactivating: an ended plan still counts for the months it ran, an inactive one counts nowhere
--    (a plan entered by mistake).
ALTER TABLE inspection_plan ADD COLUMN valid_until DATE;
ALTER TABLE inspection_plan ADD CONSTRAINT inspection_plan_end_after_start
    CHECK (valid_until IS NULL OR valid_until >= valid_from);

-- 2. A password set by someone else (an administrator's reset, or the initial password of an account an
--    administrator created) must be replaced by its owner at the next log-in before anything else.
ALTER TABLE person ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
