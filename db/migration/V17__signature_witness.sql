-- 受检方拒签: who witnessed the refusal (见证人), printed beside the reason on the signed sheet; empty for a drawn signature
ALTER TABLE signature ADD COLUMN witness VARCHAR(100);
