-- Each series (《XX组工信息》) belongs to the 组织部 that issues it: its office composes and
-- publishes it, its leaders sign it off. A one-county database has one node, the root: every
-- existing series goes to it.

ALTER TABLE "Series" ADD COLUMN "nodeId" UUID;
UPDATE "Series" SET "nodeId" = (SELECT id FROM "Unit" WHERE "parentId" IS NULL);
ALTER TABLE "Series" ALTER COLUMN "nodeId" SET NOT NULL;
ALTER TABLE "Series" ADD CONSTRAINT "Series_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Series_nodeId_idx" ON "Series"("nodeId");
