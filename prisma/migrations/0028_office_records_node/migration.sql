-- 信息计划, 约稿 and 培训 belong to the office of one 组织部 (the node): each row names it.
-- The rows already here are the root's: before the tree a deployment had one county and it is the root.

ALTER TABLE "InfoPlan" ADD COLUMN "nodeId" UUID;
ALTER TABLE "Commission" ADD COLUMN "nodeId" UUID;
ALTER TABLE "TrainingSession" ADD COLUMN "nodeId" UUID;

UPDATE "InfoPlan" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
UPDATE "Commission" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
UPDATE "TrainingSession" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);

ALTER TABLE "InfoPlan" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "Commission" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "TrainingSession" ALTER COLUMN "nodeId" SET NOT NULL;

CREATE INDEX "InfoPlan_nodeId_idx" ON "InfoPlan"("nodeId");
CREATE INDEX "Commission_nodeId_idx" ON "Commission"("nodeId");
CREATE INDEX "TrainingSession_nodeId_idx" ON "TrainingSession"("nodeId");

ALTER TABLE "InfoPlan" ADD CONSTRAINT "InfoPlan_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
