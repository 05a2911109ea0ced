-- 往年数字（期初）: figures from before the system, imported by the research office.
CREATE TABLE "OpeningFigure" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "occurredOn" DATE NOT NULL,
    "submitted" INTEGER NOT NULL,
    "adopted" INTEGER NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reversedAt" TIMESTAMP(3),
    "reversedById" UUID,

    CONSTRAINT "OpeningFigure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OpeningFigure_month_check" CHECK ("month" IS NULL OR "month" BETWEEN 1 AND 12),
    CONSTRAINT "OpeningFigure_counts_check" CHECK ("submitted" >= 0 AND "adopted" >= 0 AND "adopted" <= "submitted")
);

CREATE INDEX "OpeningFigure_unitId_occurredOn_idx" ON "OpeningFigure"("unitId", "occurredOn");
CREATE INDEX "OpeningFigure_importId_idx" ON "OpeningFigure"("importId");
-- One standing row per unit and month (or whole year): a correction reverses the import first.
CREATE UNIQUE INDEX "OpeningFigure_standing_key" ON "OpeningFigure"("unitId", "year", COALESCE("month", 0)) WHERE "reversedAt" IS NULL;

ALTER TABLE "OpeningFigure" ADD CONSTRAINT "OpeningFigure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpeningFigure" ADD CONSTRAINT "OpeningFigure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpeningFigure" ADD CONSTRAINT "OpeningFigure_reversedById_fkey" FOREIGN KEY ("reversedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
