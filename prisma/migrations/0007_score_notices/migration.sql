-- 通报: frozen snapshots of a period's figures, with the Word and Excel files as issued.
CREATE TABLE "ScoreNotice" (
    "id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "docx" BYTEA NOT NULL,
    "xlsx" BYTEA NOT NULL,
    "issuedById" UUID NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreNotice_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ScoreNotice_period_idx" ON "ScoreNotice"("period");
ALTER TABLE "ScoreNotice" ADD CONSTRAINT "ScoreNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
