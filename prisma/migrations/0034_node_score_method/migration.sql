-- How a node scores the 组织部 below it, chosen per year: its own points plus the average of
-- its child departments' (the rule quoted in the meeting speeches, the default), or their sum.
CREATE TYPE "NodeScoreMethod" AS ENUM ('OWN_PLUS_CHILD_AVERAGE', 'OWN_PLUS_CHILD_SUM');

CREATE TABLE "ScoringYear" (
    "nodeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "nodeScoreMethod" "NodeScoreMethod" NOT NULL DEFAULT 'OWN_PLUS_CHILD_AVERAGE',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScoringYear_pkey" PRIMARY KEY ("nodeId","year")
);

ALTER TABLE "ScoringYear" ADD CONSTRAINT "ScoringYear_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
