-- 个人积分: a person's ledger entries over a period (the person's page, a unit's people), and the
-- office's yearly conditions for the 年度先进个人 shortlist.
CREATE INDEX "ScoreEntry_userId_occurredAt_idx" ON "ScoreEntry"("userId", "occurredAt");

CREATE TABLE "ShortlistRule" (
    "year" INTEGER NOT NULL,
    "topN" INTEGER NOT NULL,
    "minAdopted" INTEGER NOT NULL,
    "excludeSecrecy" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistRule_pkey" PRIMARY KEY ("year"),
    CONSTRAINT "ShortlistRule_topN_check" CHECK ("topN" BETWEEN 1 AND 50),
    CONSTRAINT "ShortlistRule_minAdopted_check" CHECK ("minAdopted" BETWEEN 0 AND 100)
);

ALTER TABLE "ShortlistRule" ADD CONSTRAINT "ShortlistRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
