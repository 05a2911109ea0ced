-- Writing and reviewing: Word import attachments, edit locks, similarity bands, check settings, 保密审查.
ALTER TYPE "VersionReason" ADD VALUE 'RETURNED' BEFORE 'REVIEWER_EDIT';

CREATE TYPE "AttachmentKind" AS ENUM ('ORIGINAL', 'IMAGE');

ALTER TABLE "DraftEvent" ADD COLUMN "secrecyConfirmed" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftEditLock" (
    "draftId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftEditLock_pkey" PRIMARY KEY ("draftId")
);

-- CreateTable
CREATE TABLE "DraftSimilarityBand" (
    "draftId" UUID NOT NULL,
    "band" INTEGER NOT NULL,
    "hash" INTEGER NOT NULL,

    CONSTRAINT "DraftSimilarityBand_pkey" PRIMARY KEY ("draftId","band")
);

-- CreateTable
CREATE TABLE "CheckSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "titleMaxLength" INTEGER NOT NULL DEFAULT 30,
    "staleDays" INTEGER NOT NULL DEFAULT 7,
    "similarityThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.6,
    "severeChecks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "watchList" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" UUID,

    CONSTRAINT "CheckSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE INDEX "Attachment_draftId_idx" ON "Attachment"("draftId");
CREATE INDEX "DraftSimilarityBand_band_hash_idx" ON "DraftSimilarityBand"("band", "hash");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftEditLock" ADD CONSTRAINT "DraftEditLock_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftEditLock" ADD CONSTRAINT "DraftEditLock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftSimilarityBand" ADD CONSTRAINT "DraftSimilarityBand_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

