-- Deductions the reminder worker writes by itself (a missed 约稿, a late urgent report) have no
-- person recording them: recordedById is null for those.
ALTER TABLE "ScoreEntry" ALTER COLUMN "recordedById" DROP NOT NULL;
