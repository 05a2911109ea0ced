-- One deployment for a whole chain: 省委组织部 > 市委组织部 > 县委组织部, each an 编辑部 (desk)
-- with its reporting units (乡镇, 街道, 直属单位, the department's own 科室) below it.
--
-- The tree is kept as a closure table, "UnitAncestry": one row for every unit and each of its
-- ancestors, itself included at depth 0. A node's whole subtree, or a unit's chain upward, is
-- then one index lookup, whatever the depth, and the table stays a plain relation that Prisma
-- can filter on. "Unit"."deskId" names the desk a unit reports to: the nearest desk strictly
-- above it (a township's county, a county's city, null for the root). Both are kept by
-- triggers when a unit is added, moved or changes its kind, for the unit's whole subtree.
--
-- Function bodies write their semicolons as \073 in E'' strings (as in 0002).

ALTER TYPE "UnitKind" ADD VALUE 'PROVINCE' BEFORE 'COUNTY';
ALTER TYPE "UnitKind" ADD VALUE 'CITY' BEFORE 'COUNTY';
ALTER TYPE "UnitKind" ADD VALUE 'SECTION';
ALTER TYPE "RankGroup" ADD VALUE 'DEPARTMENT' BEFORE 'TOWNSHIP';
ALTER TYPE "RankGroup" ADD VALUE 'SECTION';

ALTER TABLE "Unit" ADD COLUMN "deskId" UUID;
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_deskId_fkey" FOREIGN KEY ("deskId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Unit_deskId_idx" ON "Unit"("deskId");

-- The tree has one root: the top 组织部 of the deployment.
CREATE UNIQUE INDEX "Unit_one_root" ON "Unit" ((true)) WHERE "parentId" IS NULL;

CREATE TABLE "UnitAncestry" (
    "ancestorId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "depth" INTEGER NOT NULL,
    CONSTRAINT "UnitAncestry_pkey" PRIMARY KEY ("ancestorId","unitId")
);
CREATE INDEX "UnitAncestry_unitId_idx" ON "UnitAncestry"("unitId");
ALTER TABLE "UnitAncestry" ADD CONSTRAINT "UnitAncestry_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnitAncestry" ADD CONSTRAINT "UnitAncestry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnitAncestry" ADD CONSTRAINT "UnitAncestry_depth_check" CHECK ("depth" >= 0);

-- Rebuilds the links and desks of a unit's subtree after it was added or moved.
CREATE FUNCTION unit_tree_refresh() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND NEW."parentId" IS NOT DISTINCT FROM OLD."parentId" AND NEW.kind = OLD.kind THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "UnitAncestry" VALUES (NEW.id, NEW.id, 0)\073
  ELSIF NEW."parentId" IS DISTINCT FROM OLD."parentId" THEN
    IF EXISTS (SELECT 1 FROM "UnitAncestry" WHERE "ancestorId" = NEW.id AND "unitId" = NEW."parentId") THEN
      RAISE EXCEPTION ''unit % cannot move under its own subtree'', NEW.id\073
    END IF\073
    DELETE FROM "UnitAncestry" a USING "UnitAncestry" s
      WHERE s."ancestorId" = NEW.id AND a."unitId" = s."unitId" AND a.depth > s.depth\073
  END IF\073
  IF NEW."parentId" IS DISTINCT FROM OLD."parentId" OR TG_OP = ''INSERT'' THEN
    INSERT INTO "UnitAncestry"
      SELECT p."ancestorId", s."unitId", p.depth + s.depth + 1
      FROM "UnitAncestry" s, "UnitAncestry" p
      WHERE s."ancestorId" = NEW.id AND p."unitId" = NEW."parentId"\073
  END IF\073
  UPDATE "Unit" u SET "deskId" = (
      SELECT a."ancestorId" FROM "UnitAncestry" a JOIN "Unit" d ON d.id = a."ancestorId"
      WHERE a."unitId" = u.id AND a.depth > 0 AND d.kind::text IN (''PROVINCE'', ''CITY'', ''COUNTY'')
      ORDER BY a.depth LIMIT 1)
    FROM "UnitAncestry" s WHERE s."ancestorId" = NEW.id AND u.id = s."unitId"\073
  RETURN NULL\073
END ';

CREATE TRIGGER unit_tree_insert AFTER INSERT ON "Unit" FOR EACH ROW EXECUTE FUNCTION unit_tree_refresh();
CREATE TRIGGER unit_tree_update AFTER UPDATE OF "parentId", kind ON "Unit" FOR EACH ROW EXECUTE FUNCTION unit_tree_refresh();

-- Today's units: a county and its reporting units, at most a few levels deep.
WITH RECURSIVE up("unitId", "ancestorId", depth) AS (
  SELECT id, id, 0 FROM "Unit"
  UNION ALL
  SELECT up."unitId", u."parentId", up.depth + 1 FROM up JOIN "Unit" u ON u.id = up."ancestorId" WHERE u."parentId" IS NOT NULL
)
INSERT INTO "UnitAncestry" ("ancestorId", "unitId", depth) SELECT "ancestorId", "unitId", depth FROM up;

UPDATE "Unit" u SET "deskId" = (
  SELECT a."ancestorId" FROM "UnitAncestry" a JOIN "Unit" d ON d.id = a."ancestorId"
  WHERE a."unitId" = u.id AND a.depth > 0 AND d.kind::text IN ('PROVINCE', 'CITY', 'COUNTY')
  ORDER BY a.depth LIMIT 1);
