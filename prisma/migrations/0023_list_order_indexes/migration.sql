-- 积分台账 by year, newest first, and 积分登记 newest first: both pages sorted the whole table.
CREATE INDEX "ScoreEntry_year_occurredAt_id_points_idx" ON "ScoreEntry"("year", "occurredAt" DESC, "id", "points");

CREATE INDEX "ScoreRecord_createdAt_id_idx" ON "ScoreRecord"("createdAt" DESC, "id");
