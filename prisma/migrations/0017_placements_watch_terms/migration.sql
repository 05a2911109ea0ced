-- Units report their own media placements and 网评文章 (confirmed by the reviewer, verified and
-- scored by the research office), and the watch list becomes entries with a reason and a suggested wording.
CREATE TYPE "PlacementKind" AS ENUM ('MEDIA', 'COMMENTARY');
CREATE TYPE "PlacementStatus" AS ENUM ('REPORTED', 'CONFIRMED', 'RETURNED', 'VERIFIED', 'REJECTED');

CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "kind" "PlacementKind" NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'REPORTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "unitId" UUID NOT NULL,
    "reportedById" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "medium" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "section" TEXT NOT NULL DEFAULT '',
    "frontPage" BOOLEAN NOT NULL DEFAULT false,
    "keyPage" BOOLEAN NOT NULL DEFAULT false,
    "wordCount" INTEGER,
    "link" TEXT NOT NULL DEFAULT '',
    "articleKey" TEXT NOT NULL,
    "comment" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "scoreRecordId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PlacementEvidence" (
    "placementId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "PlacementEvidence_pkey" PRIMARY KEY ("placementId")
);

CREATE TABLE "PlacementEvent" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "PlacementStatus",
    "toStatus" "PlacementStatus" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementEvent_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Placement_scoreRecordId_key" ON "Placement"("scoreRecordId");
CREATE INDEX "Placement_unitId_createdAt_idx" ON "Placement"("unitId", "createdAt");
CREATE INDEX "Placement_status_createdAt_idx" ON "Placement"("status", "createdAt");
CREATE INDEX "PlacementEvent_placementId_createdAt_idx" ON "PlacementEvent"("placementId", "createdAt");
-- One live report per article, whichever unit sends it: two people at once cannot both get
-- through. A returned or rejected report frees the article (it may be reported again, corrected).
CREATE UNIQUE INDEX "placement_same_article" ON "Placement"("articleKey") WHERE "status" NOT IN ('RETURNED', 'REJECTED');

ALTER TABLE "Placement" ADD CONSTRAINT "Placement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_scoreRecordId_fkey" FOREIGN KEY ("scoreRecordId") REFERENCES "ScoreRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PlacementEvidence" ADD CONSTRAINT "PlacementEvidence_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "WatchTerm" (
    "term" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',
    "suggestion" TEXT NOT NULL DEFAULT '',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" UUID,

    CONSTRAINT "WatchTerm_pkey" PRIMARY KEY ("term")
);

-- The phrases an administrator typed into the old one-per-line list stay, as their own entries.
INSERT INTO "WatchTerm" ("term", "group")
SELECT DISTINCT btrim(t), 'CUSTOM' FROM "CheckSettings", unnest("watchList") AS t WHERE btrim(t) <> ''
ON CONFLICT DO NOTHING;

ALTER TABLE "CheckSettings" DROP COLUMN "watchList";
