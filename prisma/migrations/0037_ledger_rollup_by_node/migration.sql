-- 积分台账 counts and sums from the rollup: PointsRollup is keyed by the ledger too, the node
-- whose rules scored the entry (ScoringRule.nodeId) and the entry's ledger year, beside its
-- unit, local month and rule code. The ledger page filters entries by exactly these (node,
-- year or months of a period, unit, rule codes), so its "共 N 条，合计 X 分" is a sum of a few
-- thousand rollup rows instead of a count and a sum over the node's ledger rows (at a city of
-- ten counties, 2 million entries, both scanned every year's rows of every node).
-- The readers by unit and month sum over the new columns as before.
-- Rebuilt from the ledger (append-only, migration 0002), then kept by the same insert trigger.
-- Function bodies write their semicolons as \073 in E'' strings (as in 0016).

ALTER TABLE "PointsRollup" DROP CONSTRAINT "PointsRollup_pkey";
ALTER TABLE "PointsRollup" ADD COLUMN "nodeId" UUID, ADD COLUMN "year" INTEGER;
DELETE FROM "PointsRollup";
INSERT INTO "PointsRollup" (month, "unitId", "ruleCode", points, entries, "nodeId", year)
SELECT shanghai_month(e."occurredAt"), e."unitId", s.code, sum(e.points), count(*), s."nodeId", e.year
FROM "ScoreEntry" e JOIN "ScoringRule" s ON s.id = e."ruleId"
GROUP BY 1, 2, 3, 6, 7;
ALTER TABLE "PointsRollup" ALTER COLUMN "nodeId" SET NOT NULL, ALTER COLUMN "year" SET NOT NULL;
ALTER TABLE "PointsRollup" ADD CONSTRAINT "PointsRollup_pkey" PRIMARY KEY ("month", "unitId", "ruleCode", "nodeId", "year");
ALTER TABLE "PointsRollup" ADD CONSTRAINT "PointsRollup_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "PointsRollup_nodeId_month_year_idx" ON "PointsRollup"("nodeId", "month", "year");
-- The ranking, dashboard, 通报 and 本单位积分 read a node's units month by month: one short
-- index-only range per unit (about 2,200 of a city's 120,000 rows for a county's year, ~1 ms)
-- instead of every unit's rows of the months (~23,000, 5-7 ms).
CREATE INDEX "PointsRollup_unitId_month_ruleCode_points_idx" ON "PointsRollup"("unitId", "month", "ruleCode", "points");

CREATE OR REPLACE FUNCTION points_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "PointsRollup" AS r (month, "unitId", "ruleCode", "nodeId", year, points, entries)
  SELECT shanghai_month(e."occurredAt"), e."unitId", s.code, s."nodeId", e.year, sum(e.points), count(*)
  FROM new_rows e JOIN "ScoringRule" s ON s.id = e."ruleId"
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (month, "unitId", "ruleCode", "nodeId", year) DO UPDATE SET points = r.points + EXCLUDED.points, entries = r.entries + EXCLUDED.entries\073
  RETURN NULL\073
END ';
