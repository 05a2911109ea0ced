-- Score records: upper-level adoption, media placement, online commentary and leader instructions, each scored into the ledger.
CREATE TYPE "ScoreRecordKind" AS ENUM ('UPPER_ADOPTION', 'MEDIA', 'COMMENTARY', 'INSTRUCTION');

CREATE TABLE "ScoreRecord" (
    "id" UUID NOT NULL,
    "kind" "ScoreRecordKind" NOT NULL,
    "unitId" UUID NOT NULL,
    "draftId" UUID,
    "level" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "issueNo" TEXT NOT NULL DEFAULT '',
    "leader" TEXT NOT NULL DEFAULT '',
    "content" TEXT NOT NULL DEFAULT '',
    "occurredOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reversedAt" TIMESTAMP(3),
    "reversedById" UUID,
    "reverseReason" TEXT,

    CONSTRAINT "ScoreRecord_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ScoreRecord_unitId_occurredOn_idx" ON "ScoreRecord"("unitId", "occurredOn");
CREATE INDEX "ScoreRecord_kind_occurredOn_idx" ON "ScoreRecord"("kind", "occurredOn");

ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_reversedById_fkey" FOREIGN KEY ("reversedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
