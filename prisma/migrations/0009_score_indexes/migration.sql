-- Each unit's points over a period (the period tables behind the 积分看板, 通报 and a unit's
-- own figures, and the dashboard's monthly trend) are read from this index alone: the unit,
-- then the period's range of occurredAt, with the points to sum, in an index-only scan (the
-- ledger is append-only, so its pages stay all-visible). See scripts/bench/scores.ts.
CREATE INDEX "ScoreEntry_unitId_occurredAt_points_idx" ON "ScoreEntry"("unitId", "occurredAt", "points");
