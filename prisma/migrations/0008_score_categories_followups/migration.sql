-- Deductions as records, per-year category caps and weights (千分制), and follow-ups of leader instructions.
ALTER TYPE "ScoreRecordKind" ADD VALUE 'DEDUCTION';

CREATE TABLE "ScoringCategory" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "cap" DECIMAL(8,2),
    "weight" DECIMAL(8,2) NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'RATIO',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstructionFollowUp" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "feedback" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstructionFollowUp_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ScoringCategory_year_code_key" ON "ScoringCategory"("year", "code");
CREATE UNIQUE INDEX "InstructionFollowUp_recordId_key" ON "InstructionFollowUp"("recordId");
CREATE INDEX "InstructionFollowUp_unitId_closedAt_idx" ON "InstructionFollowUp"("unitId", "closedAt");
ALTER TABLE "InstructionFollowUp" ADD CONSTRAINT "InstructionFollowUp_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "ScoreRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
