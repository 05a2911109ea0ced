-- Each 组织部 scores by its own rules: a county's 积分规则, 考核分类, 通报 and 先进个人推荐条件 are
-- its own, and the city's are the city's. A ledger entry names the node whose rules scored it
-- through its rule. Existing rows belong to the only node a one-county database has: its root.

ALTER TABLE "ScoringRule" ADD COLUMN "nodeId" UUID;
ALTER TABLE "ScoringCategory" ADD COLUMN "nodeId" UUID;
ALTER TABLE "ScoreNotice" ADD COLUMN "nodeId" UUID;
ALTER TABLE "ShortlistRule" ADD COLUMN "nodeId" UUID;

UPDATE "ScoringRule" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
UPDATE "ScoringCategory" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
UPDATE "ScoreNotice" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
UPDATE "ShortlistRule" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);

ALTER TABLE "ScoringRule" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "ScoringCategory" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "ScoreNotice" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "ShortlistRule" ALTER COLUMN "nodeId" SET NOT NULL;

DROP INDEX "ScoringRule_year_code_version_key";
CREATE UNIQUE INDEX "ScoringRule_nodeId_year_code_version_key" ON "ScoringRule"("nodeId", "year", "code", "version");
DROP INDEX "ScoringCategory_year_code_key";
CREATE UNIQUE INDEX "ScoringCategory_nodeId_year_code_key" ON "ScoringCategory"("nodeId", "year", "code");
DROP INDEX "ScoreNotice_period_idx";
CREATE INDEX "ScoreNotice_nodeId_period_idx" ON "ScoreNotice"("nodeId", "period");
ALTER TABLE "ShortlistRule" DROP CONSTRAINT "ShortlistRule_pkey";
ALTER TABLE "ShortlistRule" ADD CONSTRAINT "ShortlistRule_pkey" PRIMARY KEY ("nodeId", "year");

ALTER TABLE "ScoringRule" ADD CONSTRAINT "ScoringRule_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScoringCategory" ADD CONSTRAINT "ScoringCategory_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScoreNotice" ADD CONSTRAINT "ScoreNotice_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ShortlistRule" ADD CONSTRAINT "ShortlistRule_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
